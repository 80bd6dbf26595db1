import { ageCalendar, ageLegal } from "./age";
import { addDays, daysBetween, isIsoDate } from "./dates";
import { evalArgs } from "./json-logic/args";
import type { Operator, OperatorTable } from "./json-logic/evaluate";
import { relationToApplicant } from "./kinship";
import { schoolGrade } from "./school-grade";
import { formatWareki, parseWareki } from "./wareki";

/**
 * Our date operators, registered beside the standard ones. They return null instead of throwing
 * when an answer is still missing, so a condition over an unanswered birth date is simply false.
 */
function dateOp(compute: (args: unknown[]) => unknown): Operator {
  return (raw, ev) => compute(evalArgs(raw, ev));
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

export const engineOperators: OperatorTable = Object.freeze({
  ageLegal: dateOp(([birth, on]) => ageLegal(str(birth), str(on))),
  ageCalendar: dateOp(([birth, on]) => ageCalendar(str(birth), str(on))),
  schoolGrade: dateOp(([birth, on]) => schoolGrade(str(birth), str(on))),
  addDays: dateOp(([date, n]) =>
    isIsoDate(date) && typeof n === "number" && Number.isFinite(n) ? addDays(date, n) : null,
  ),
  daysBetween: dateOp(([from, to]) => (isIsoDate(from) && isIsoDate(to) ? daysBetween(from, to) : null)),
  wareki: dateOp(([date]) => {
    if (!isIsoDate(date)) return null;
    try {
      return formatWareki(date);
    } catch {
      return null; // before 明治: no era to print
    }
  }),
  parseWareki: dateOp(([text]) => (typeof text === "string" ? parseWareki(text) : null)),
  /** [people, applicantName, person] → 「本人」, the 続柄 of the 届出人 to the person, or null. */
  relationToApplicant: dateOp(([people, name, person]) => relationToApplicant(people, name, person)),
});
