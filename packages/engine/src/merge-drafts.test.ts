import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DraftLike, mergeDrafts } from "./merge-drafts";

interface Q {
  id: string;
  label: string;
}
interface Draft extends DraftLike {
  flow: { title: string };
  questions: Q[];
  procedures: { key: string; title: string }[];
}

const ids = ["a", "b", "c", "d", "e", "f"];
const baseDraft: fc.Arbitrary<Draft> = fc
  .record({
    title: fc.constantFrom("住民異動", "出生"),
    qs: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 5 }),
    ps: fc.uniqueArray(fc.constantFrom("P01", "P02", "P03"), { maxLength: 3 }),
  })
  .map(({ title, qs, ps }) => ({
    flow: { title },
    questions: qs.map((id) => ({ id, label: `質問${id}` })),
    procedures: ps.map((key) => ({ key, title: `手続き${key}` })),
  }));

/** One admin's edits: relabel, remove, add (fresh ids per side), reorder, rename the flow. */
function edited(base: Draft, side: "m" | "t"): fc.Arbitrary<Draft> {
  return fc
    .record({
      relabel: fc.subarray(base.questions.map((q) => q.id)),
      remove: fc.subarray(base.questions.map((q) => q.id)),
      add: fc.uniqueArray(fc.constantFrom("x", "y"), { maxLength: 2 }),
      reverse: fc.boolean(),
      retitle: fc.boolean(),
      procTitle: fc.subarray(base.procedures.map((p) => p.key)),
    })
    .map(({ relabel, remove, add, reverse, retitle, procTitle }) => {
      let questions = base.questions
        .filter((q) => !remove.includes(q.id))
        .map((q) => (relabel.includes(q.id) ? { ...q, label: `${q.label}（${side}）` } : q));
      questions = [...questions, ...add.map((x) => ({ id: `${side}${x}`, label: `新しい${side}${x}` }))];
      if (reverse) questions = [...questions].reverse();
      return {
        flow: retitle ? { title: `${base.flow.title}（${side}）` } : base.flow,
        questions,
        procedures: base.procedures.map((p) =>
          procTitle.includes(p.key) ? { ...p, title: `${p.title}（${side}）` } : p,
        ),
      };
    });
}

const triple = baseDraft.chain((base) => fc.tuple(fc.constant(base), edited(base, "m"), edited(base, "t")));

describe("mergeDrafts", () => {
  it("with no change on their side, the result is mine (including my order)", () => {
    fc.assert(
      fc.property(
        baseDraft.chain((b) => fc.tuple(fc.constant(b), edited(b, "m"))),
        ([base, mine]) => {
          const { merged, conflicts } = mergeDrafts(base, mine, base);
          expect(conflicts).toEqual([]);
          expect(merged).toEqual(mine);
        },
      ),
    );
  });

  it("with no change on my side, the result is theirs", () => {
    fc.assert(
      fc.property(
        baseDraft.chain((b) => fc.tuple(fc.constant(b), edited(b, "t"))),
        ([base, theirs]) => {
          const { merged, conflicts } = mergeDrafts(base, base, theirs);
          expect(conflicts).toEqual([]);
          expect(merged).toEqual(theirs);
        },
      ),
    );
  });

  it("keeps every change of theirs, and every change of mine is in the result or reported", () => {
    fc.assert(
      fc.property(triple, ([base, mine, theirs]) => {
        const { merged, conflicts } = mergeDrafts(base, mine, theirs);
        const has = (q: Q) => merged.questions.some((x) => x.id === q.id && x.label === q.label);
        const reported = (q: { label: string }) => conflicts.some((c) => c.item.includes(q.label));
        // Theirs: an item they added or changed is there as they left it.
        for (const q of theirs.questions) {
          const was = base.questions.find((b) => b.id === q.id);
          if (!was || was.label !== q.label) expect(has(q)).toBe(true);
        }
        // Mine: an item I added or changed is there, or named in a conflict with my version.
        for (const q of mine.questions) {
          const was = base.questions.find((b) => b.id === q.id);
          if (!was || was.label !== q.label) expect(has(q) || reported(q)).toBe(true);
        }
        // An item I removed and they did not touch is gone.
        for (const b of base.questions) {
          const mineHas = mine.questions.some((q) => q.id === b.id);
          const theirsItem = theirs.questions.find((q) => q.id === b.id);
          if (!mineHas && theirsItem?.label === b.label)
            expect(merged.questions.some((q) => q.id === b.id)).toBe(false);
        }
        // No duplicates.
        expect(new Set(merged.questions.map((q) => q.id)).size).toBe(merged.questions.length);
      }),
      { numRuns: 500 },
    );
  });

  it("reports the same item changed on both sides, keeps theirs and hands mine back", () => {
    const base: Draft = {
      flow: { title: "住民異動" },
      questions: [{ id: "a", label: "氏名" }],
      procedures: [{ key: "P01", title: "住民異動届" }],
    };
    const mine = { ...base, questions: [{ id: "a", label: "お名前" }] };
    const theirs = {
      ...base,
      questions: [{ id: "a", label: "氏名（漢字）" }],
      procedures: [{ key: "P01", title: "住民異動届（転入）" }],
    };
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(merged.questions).toEqual([{ id: "a", label: "氏名（漢字）" }]);
    expect(merged.procedures).toEqual(theirs.procedures);
    expect(conflicts).toEqual([
      { item: "質問「お名前」", mine: "changed", theirs: "changed", myVersion: { id: "a", label: "お名前" } },
    ]);
  });
});
