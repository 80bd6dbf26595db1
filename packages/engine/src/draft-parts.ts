/**
 * The parts of a flow draft, as the merge and the department ownership check see them: lists whose
 * items have an identity (questions by id, procedures/forms/computed values by key, flow tests by
 * name) and single settings compared as one item.
 */
export type Keyed = Record<string, unknown>;

export interface DraftListSpec {
  field: "questions" | "computed" | "procedures" | "forms" | "tests";
  id: (x: Keyed) => string;
  /** What the item is called in Japanese (質問, 手続き…). */
  name: string;
  label: (x: Keyed) => string;
}

export const draftLists: DraftListSpec[] = [
  { field: "questions", id: (x) => String(x.id), name: "質問", label: (x) => String(x.label ?? x.key) },
  { field: "computed", id: (x) => String(x.key), name: "計算値", label: (x) => String(x.key) },
  {
    field: "procedures",
    id: (x) => String(x.key),
    name: "手続き",
    label: (x) => `${x.key} ${x.title ?? ""}`.trim(),
  },
  {
    field: "forms",
    id: (x) => String(x.key),
    name: "様式",
    label: (x) => `${x.key} ${x.title ?? ""}`.trim(),
  },
  { field: "tests", id: (x) => String(x.name), name: "テスト", label: (x) => String(x.name) },
];

export const draftSingles: { field: string; name: string }[] = [
  { field: "flow", name: "フローの設定" },
  { field: "print", name: "印刷の対応表" },
  { field: "postalCodes", name: "郵便番号表" },
];

/** Structural equality of JSON values (key order ignored, undefined members ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Keyed)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Keyed)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Keyed)[k], (b as Keyed)[k]));
}
