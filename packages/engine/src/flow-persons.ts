import type { Bundle } from "./bundle";
import { evaluate } from "./evaluate";
import { isPlainObject } from "./json-logic/coerce";

/** The people of a flow: determination members index into `items`; `paths` say where each is stored. */
export interface FlowPersons {
  items: unknown[];
  /** Answer path of each person ("members.2", "baby"), or null when a rule built it. */
  paths: (string | null)[];
}

/**
 * The people forms print rows for, from the answers that count: the flow's `print.persons` rule (a
 * list, or one person), else the items of its first group question. Blank entries are left out.
 */
export function flowPersons(bundle: Bundle, data: Record<string, unknown>): FlowPersons {
  const rule = bundle.print?.persons;
  if (rule === undefined) {
    const group = bundle.questions.find((q) => q.kind === "group");
    const items = group ? data[group.key] : undefined;
    const list = Array.isArray(items) ? items : [];
    return { items: list, paths: list.map((_m, i) => `${group?.key}.${i}`) };
  }
  const value = evaluate(rule, data);
  const literal = Array.isArray(rule) ? rule : [rule];
  const list = Array.isArray(value) ? value : [value];
  const items: unknown[] = [];
  const paths: (string | null)[] = [];
  list.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    items.push(item);
    const source = Array.isArray(value) ? literal[i] : rule;
    paths.push(isPlainObject(source) && typeof source.var === "string" ? source.var : null);
  });
  return { items, paths };
}
