import { getAnswer } from "./answer-path";
import type { Answers, Bundle } from "./bundle";
import { evaluate } from "./evaluate";
import { flowPersons } from "./flow-persons";

/** Whom a reception is about, as a list of receptions names it. */
export interface ReceptionName {
  /** The first person's name (the deceased at the おくやみ desk), as typed. */
  name: string;
  /** How many more people the reception is about (a family's other movers). */
  others: number;
  /** The person has died: shown and printed with 故 before the name. */
  deceased: boolean;
}

/**
 * The resident a reception is about, once the interview has the name: the deceased at an おくやみ
 * desk, else the first of the people the flow's forms print (its print model), else the 届出人.
 * Null while no name is answered. Reads the answers as given (no determination is run).
 */
export function receptionName(bundle: Bundle, answers: Answers): ReceptionName | null {
  if (bundle.flow.kind === "okuyami") {
    const name = nameText(getAnswer(answers, "deceased.name"));
    return name ? { name, others: 0, deceased: true } : null;
  }
  const persons = flowPersons(bundle, answers).items;
  const names = persons
    .map((person) => nameText(personName(bundle, answers, person)))
    .filter((n) => n !== null);
  const [first, ...rest] = names;
  if (first) return { name: first, others: rest.length, deceased: false };
  const applicant = bundle.print?.household["applicant.name"];
  const applicantName =
    applicant && "path" in applicant ? nameText(getAnswer(answers, applicant.path)) : null;
  return applicantName ? { name: applicantName, others: 0, deceased: false } : null;
}

/** 「故 東雲 一郎」 for the deceased, 「東雲 太郎 ほか3人」 for a family. */
export function formatReceptionName(n: ReceptionName): string {
  if (n.deceased) return deceasedName(n.name);
  return n.others > 0 ? `${n.name} ほか${n.others}人` : n.name;
}

/** How a deceased person's name is shown and printed: 「故 佐藤 一郎」. */
export function deceasedName(name: string): string {
  const trimmed = name.trim();
  return trimmed ? `故 ${trimmed}` : "";
}

function personName(bundle: Bundle, answers: Answers, person: unknown): unknown {
  const def = bundle.print?.person.name;
  const scope = { ...answers, member: person };
  if (!def) return getAnswer(scope, "member.name");
  return "expr" in def ? evaluate(def.expr, scope) : getAnswer(scope, def.path);
}

function nameText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
