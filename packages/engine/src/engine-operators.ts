import { ageCalendar, ageLegal } from "./age";
import { addDays, daysBetween, isIsoDate } from "./dates";
import { positionalOperator } from "./json-logic/eager";
import type { OperatorTable } from "./json-logic/evaluate";
import { relationToApplicant } from "./kinship";
import { schoolGrade } from "./school-grade";
import { formatWareki, parseWareki } from "./wareki";

/**
 * Our date operators, registered beside the standard ones. They return null instead of throwing
 * when an answer is still missing, so a condition over an unanswered birth date is simply false.
 * Positional operators (see json-logic/eager): each returns a number, a string or null.
 */
const str = (v: unknown): string => (typeof v === "string" ? v : "");

export const engineOperators: OperatorTable = Object.freeze({
  ageLegal: positionalOperator(2, (birth, on) => ageLegal(str(birth), str(on))),
  ageCalendar: positionalOperator(2, (birth, on) => ageCalendar(str(birth), str(on))),
  schoolGrade: positionalOperator(2, (birth, on) => schoolGrade(str(birth), str(on))),
  addDays: positionalOperator(2, (date, n) =>
    isIsoDate(date) && typeof n === "number" && Number.isFinite(n) ? addDays(date, n) : null,
  ),
  daysBetween: positionalOperator(2, (from, to) =>
    isIsoDate(from) && isIsoDate(to) ? daysBetween(from, to) : null,
  ),
  wareki: positionalOperator(1, (date) => {
    if (!isIsoDate(date)) return null;
    try {
      return formatWareki(date);
    } catch {
      return null; // before 明治: no era to print
    }
  }),
  parseWareki: positionalOperator(1, (text) => (typeof text === "string" ? parseWareki(text) : null)),
  /** [people, applicantName, person] → 「本人」, the 続柄 of the 届出人 to the person, or null. */
  relationToApplicant: positionalOperator(3, (people, name, person) =>
    relationToApplicant(people, name, person),
  ),
});
