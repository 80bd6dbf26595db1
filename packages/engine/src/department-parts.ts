import { type DraftListSpec, draftLists, draftSingles, type Keyed, sameJson } from "./draft-parts";
import type { DraftLike } from "./merge-drafts";

/**
 * Each department owns its parts of a shared flow (住民異動 is 市民課's, but its procedures and forms
 * are of many departments). Procedures and forms name their department (`departmentKey`); questions
 * and flow tests may (absent: the flow's owning department); computed values, the flow's settings,
 * print model and postal table are always the flow owner's.
 */
export interface PartOwnership {
  /** The department of the person saving. */
  departmentKey: string;
  /** The department that owns the flow (null: none, so only city-wide admins change its own parts). */
  flowOwnerKey: string | null;
  /** The department's name for messages (市民課); default: the key. */
  departmentName?: (key: string) => string;
}

/** The department that owns one item of a draft list. */
export function partOwner(field: DraftListSpec["field"], item: Keyed, flowOwnerKey: string | null): string {
  const own = typeof item.departmentKey === "string" && item.departmentKey ? item.departmentKey : null;
  if (field === "procedures" || field === "forms") return own ?? "";
  if (field === "questions" || field === "tests") return own ?? flowOwnerKey ?? "";
  return flowOwnerKey ?? "";
}

const listFields = new Set<string>(draftLists.map((l) => l.field));
const singleFields = new Map(draftSingles.map((s) => [s.field, s.name]));

/**
 * What a department admin changed in `after` (compared with `before`) that is not theirs: added,
 * removed or changed items of other departments, another order of other departments' items, or any
 * flow-level setting. Japanese sentences naming each item; empty = the save is theirs to make. The
 * flow's owning department may change everything.
 */
export function changedPartsOutside(before: DraftLike, after: DraftLike, who: PartOwnership): string[] {
  const { departmentKey: own, flowOwnerKey } = who;
  if (flowOwnerKey !== null && own === flowOwnerKey) return [];
  const nameOf = (key: string) => (key ? (who.departmentName?.(key) ?? key) : "担当課のない");
  const ownerOfFlow = flowOwnerKey ? nameOf(flowOwnerKey) : "フローを担当する課";
  const problems: string[] = [];
  const b = before as Keyed;
  const a = after as Keyed;
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (listFields.has(field) || sameJson(b[field], a[field])) continue;
    const name = singleFields.get(field) ?? `フローの設定（${field}）`;
    problems.push(`${name}は${ownerOfFlow}だけが変更できます。`);
  }
  for (const spec of draftLists) {
    const olds = (b[spec.field] as Keyed[] | undefined) ?? [];
    const news = (a[spec.field] as Keyed[] | undefined) ?? [];
    const owner = (x: Keyed) => partOwner(spec.field, x, flowOwnerKey);
    const item = (x: Keyed) => `${spec.name}「${spec.label(x)}」`;
    const oldById = new Map(olds.map((x) => [spec.id(x), x]));
    const newById = new Map(news.map((x) => [spec.id(x), x]));
    for (const x of news) {
      const old = oldById.get(spec.id(x));
      if (!old) {
        if (owner(x) !== own) problems.push(`${nameOf(owner(x))}の${item(x)}は追加できません。`);
      } else if (!sameJson(old, x)) {
        if (owner(old) !== own) problems.push(`${nameOf(owner(old))}の${item(old)}は変更できません。`);
        else if (owner(x) !== own)
          problems.push(`${item(x)}の担当を${nameOf(owner(x))}に変えることはできません。`);
      }
    }
    for (const x of olds)
      if (!newById.has(spec.id(x)) && owner(x) !== own)
        problems.push(`${nameOf(owner(x))}の${item(x)}は削除できません。`);
    // Other departments' items that stay keep their order relative to each other.
    const kept = new Set(olds.filter((x) => newById.has(spec.id(x)) && owner(x) !== own).map(spec.id));
    const others = (xs: Keyed[]) => xs.map(spec.id).filter((id) => kept.has(id));
    if (!sameJson(others(olds), others(news)))
      problems.push(`他の課の${spec.name}の並び順は変更できません。`);
  }
  return problems;
}
