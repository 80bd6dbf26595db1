import { type Keyed, draftLists as lists, sameJson as same, draftSingles as singles } from "./draft-parts";

/**
 * Two admins edited the same draft: `base` is what both started from, `mine` what this screen holds,
 * `theirs` what the other one saved. The merge carries my changes over onto theirs, item by item
 * (questions by id, procedures/forms/computed values by key, flow tests by name, and the flow's
 * settings, print model and postal table each as one item). An item only I changed takes mine; one
 * only they changed keeps theirs; one we both changed differently keeps theirs and is reported, with
 * my version, so the admin can redo it by hand. Nothing is silently lost: every item of mine that is
 * not in the result is in `conflicts`.
 */
export interface DraftLike {
  flow?: unknown;
  questions?: readonly { id: string }[];
  computed?: readonly { key: string }[];
  procedures?: readonly { key: string }[];
  forms?: readonly { key: string }[];
  tests?: readonly { name: string }[];
  print?: unknown;
  postalCodes?: unknown;
  [other: string]: unknown;
}

export interface DraftConflict {
  /** 「質問「氏名」」: what the item is, in Japanese. */
  item: string;
  /** What happened on each side. */
  mine: "changed" | "removed" | "added";
  theirs: "changed" | "removed" | "added";
  /** My version of the item (undefined when I removed it), to redo by hand. */
  myVersion: unknown;
}

export interface DraftMerge<T> {
  merged: T;
  conflicts: DraftConflict[];
}

export function mergeDrafts<T extends DraftLike>(base: T, mine: T, theirs: T): DraftMerge<T> {
  const merged: Keyed = { ...(theirs as Keyed) };
  const conflicts: DraftConflict[] = [];
  for (const { field, name } of singles) {
    const b = (base as Keyed)[field];
    const m = (mine as Keyed)[field];
    const t = (theirs as Keyed)[field];
    if (same(b, m) || same(m, t)) continue;
    if (same(b, t)) merged[field] = m;
    else conflicts.push({ item: name, mine: "changed", theirs: "changed", myVersion: m });
  }
  for (const spec of lists) {
    const result = mergeList(
      ((base as Keyed)[spec.field] as Keyed[] | undefined) ?? [],
      ((mine as Keyed)[spec.field] as Keyed[] | undefined) ?? [],
      ((theirs as Keyed)[spec.field] as Keyed[] | undefined) ?? [],
      spec,
    );
    if ((theirs as Keyed)[spec.field] !== undefined || result.items.length > 0)
      merged[spec.field] = result.items;
    conflicts.push(...result.conflicts);
  }
  return { merged: merged as T, conflicts };
}

function mergeList(
  base: Keyed[],
  mine: Keyed[],
  theirs: Keyed[],
  spec: (typeof lists)[number],
): { items: Keyed[]; conflicts: DraftConflict[] } {
  const byId = (xs: Keyed[]) => new Map(xs.map((x) => [spec.id(x), x]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const conflicts: DraftConflict[] = [];
  const item = (x: Keyed) => `${spec.name}「${spec.label(x)}」`;
  const out: Keyed[] = [];
  for (const theirsItem of theirs) {
    const id = spec.id(theirsItem);
    const baseItem = b.get(id);
    const mineItem = m.get(id);
    if (!baseItem) {
      // They added it. If I added the same id too, keep theirs unless identical.
      if (mineItem && !same(mineItem, theirsItem))
        conflicts.push({ item: item(mineItem), mine: "added", theirs: "added", myVersion: mineItem });
      out.push(theirsItem);
      continue;
    }
    if (!mineItem) {
      // I removed it: fine if they left it alone, a conflict if they changed it.
      if (same(baseItem, theirsItem)) continue;
      conflicts.push({ item: item(theirsItem), mine: "removed", theirs: "changed", myVersion: undefined });
      out.push(theirsItem);
      continue;
    }
    if (same(baseItem, mineItem) || same(mineItem, theirsItem)) out.push(theirsItem);
    else if (same(baseItem, theirsItem)) out.push(mineItem);
    else {
      conflicts.push({ item: item(mineItem), mine: "changed", theirs: "changed", myVersion: mineItem });
      out.push(theirsItem);
    }
  }
  // Items I still have that are not in theirs: mine added (keep, after their predecessor in my
  // order), or they removed (keep removed; a conflict if I had changed it).
  for (const [index, mineItem] of mine.entries()) {
    const id = spec.id(mineItem);
    if (t.has(id)) continue;
    const baseItem = b.get(id);
    if (baseItem) {
      if (!same(baseItem, mineItem))
        conflicts.push({ item: item(mineItem), mine: "changed", theirs: "removed", myVersion: mineItem });
      continue;
    }
    const before = mine
      .slice(0, index)
      .reverse()
      .find((x) => out.some((o) => spec.id(o) === spec.id(x)));
    const at = before ? out.findIndex((o) => spec.id(o) === spec.id(before)) + 1 : 0;
    out.splice(at, 0, mineItem);
  }
  // They kept the list's order and membership: then my reordering (drag and drop) is my change too.
  const ids = (xs: Keyed[]) => xs.map((x) => spec.id(x)).join("\u0000");
  if (ids(base) === ids(theirs)) {
    const rank = new Map(mine.map((x, i) => [spec.id(x), i]));
    const baseRank = new Map(base.map((x, i) => [spec.id(x), i]));
    const where = (x: Keyed) => rank.get(spec.id(x)) ?? (baseRank.get(spec.id(x)) ?? 0) - 0.5;
    out.sort((x, y) => where(x) - where(y));
  }
  return { items: out, conflicts };
}
