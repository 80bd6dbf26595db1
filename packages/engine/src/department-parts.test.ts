import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedPartsOutside, partOwner } from "./department-parts";

const names: Record<string, string> = { shimin: "市民課", zeimu: "税務課", kodomo: "こども育成課" };
const zeimu = {
  departmentKey: "zeimu",
  flowOwnerKey: "shimin",
  departmentName: (k: string) => names[k] ?? k,
};

const base = {
  flow: { key: "jumin-idou", kind: "jumin-idou", title: "住民異動", referenceDate: { var: "moveDate" } },
  questions: [
    { id: "q1", key: "moveType", kind: "choice", label: "どの届出ですか" },
    { id: "q2", key: "moveDate", kind: "date", label: "異動日" },
  ],
  computed: [],
  procedures: [
    { key: "P01", title: "住民異動届", departmentKey: "shimin", rule: true },
    { key: "P09", title: "児童手当", departmentKey: "kodomo", rule: true },
  ],
  forms: [{ key: "F01", title: "住民異動届", departmentKey: "shimin" }],
  tests: [{ name: "転入", answers: {}, expectProcedures: ["P01"] }],
};
type Draft = typeof base & Record<string, unknown>;
const copy = (): Draft => structuredClone(base);

describe("changedPartsOutside", () => {
  it("lets 税務課 add its own question, procedure, form and flow test to 市民課's flow", () => {
    const after = copy();
    after.questions.push({
      id: "q3",
      key: "moped",
      kind: "boolean",
      label: "原付",
      departmentKey: "zeimu",
    } as never);
    after.procedures.push({ key: "P18", title: "原動機付自転車の登録", departmentKey: "zeimu", rule: true });
    after.forms.push({ key: "F30", title: "軽自動車税申告書", departmentKey: "zeimu" });
    after.tests.push({
      name: "原付",
      answers: {},
      expectProcedures: ["P18"],
      departmentKey: "zeimu",
    } as never);
    expect(changedPartsOutside(base, after, zeimu)).toEqual([]);
    // … and then change and remove them again.
    const later = structuredClone(after);
    (later.procedures[2] as { title: string }).title = "原付の登録";
    later.forms.pop();
    expect(changedPartsOutside(after, later, zeimu)).toEqual([]);
  });

  it("refuses other departments' items, naming each one in Japanese", () => {
    const after = copy();
    after.questions[0] = { ...after.questions[0]!, label: "届出の種類" };
    after.procedures.splice(1, 1);
    after.procedures.push({ key: "P19", title: "国保", departmentKey: "hoken", rule: true });
    after.tests.push({ name: "新しいテスト", answers: {}, expectProcedures: [] });
    expect(changedPartsOutside(base, after, zeimu)).toEqual([
      "市民課の質問「どの届出ですか」は変更できません。",
      "hokenの手続き「P19 国保」は追加できません。",
      "こども育成課の手続き「P09 児童手当」は削除できません。",
      "市民課のテスト「新しいテスト」は追加できません。",
    ]);
  });

  it("refuses flow settings, handing an own item to another department, and reordering others' items", () => {
    const after = copy();
    after.flow.title = "住民異動（税務課）";
    after.procedures.reverse();
    const withOwn = copy();
    withOwn.procedures.push({ key: "P18", title: "原付", departmentKey: "zeimu", rule: true });
    const handedOver = structuredClone(withOwn);
    handedOver.procedures[2]!.departmentKey = "kodomo";
    expect(changedPartsOutside(base, after, zeimu)).toEqual([
      "フローの設定は市民課だけが変更できます。",
      "他の課の手続きの並び順は変更できません。",
    ]);
    expect(changedPartsOutside(withOwn, handedOver, zeimu)).toEqual([
      "手続き「P18 原付」の担当をこども育成課に変えることはできません。",
    ]);
    // Moving an own item among the others is allowed.
    const moved = structuredClone(withOwn);
    moved.procedures.unshift(moved.procedures.pop()!);
    expect(changedPartsOutside(withOwn, moved, zeimu)).toEqual([]);
  });

  it("gives the flow's owning department every right", () => {
    const after = copy();
    after.flow.title = "住民異動届";
    after.procedures = [];
    expect(changedPartsOutside(base, after, { ...zeimu, departmentKey: "shimin" })).toEqual([]);
  });

  it("reads an absent departmentKey of a question or test as the flow owner's", () => {
    expect(partOwner("questions", { id: "q" }, "shimin")).toBe("shimin");
    expect(partOwner("tests", { name: "t", departmentKey: "zeimu" }, "shimin")).toBe("zeimu");
    expect(partOwner("computed", { key: "age", departmentKey: "zeimu" }, "shimin")).toBe("shimin");
    expect(partOwner("procedures", { key: "P01" }, "shimin")).toBe("");
  });
});

/** Random edits of a draft by one department: some of its own items, some of others'. */
const depts = ["shimin", "zeimu", "kodomo"] as const;
const item = (i: number, dept: string) => ({
  key: `P${i}`,
  title: `手続き${i}`,
  departmentKey: dept,
  rule: true,
});
const draftArb = fc
  .array(fc.constantFrom(...depts), { minLength: 1, maxLength: 6 })
  .map((owners) => ({ ...copy(), procedures: owners.map((d, i) => item(i, d)) }));
const editArb = (d: Draft) =>
  fc.record({
    retitle: fc.subarray(d.procedures.map((p) => p.key)),
    remove: fc.subarray(d.procedures.map((p) => p.key)),
    add: fc.array(fc.constantFrom(...depts), { maxLength: 2 }),
    shuffle: fc.boolean(),
  });
interface Edit {
  retitle: string[];
  remove: string[];
  add: string[];
  shuffle: boolean;
}
function apply(d: Draft, e: Edit): Draft {
  const out = structuredClone(d);
  out.procedures = out.procedures
    .filter((p) => !e.remove.includes(p.key))
    .map((p) => (e.retitle.includes(p.key) ? { ...p, title: `${p.title}改` } : p));
  out.procedures.push(...e.add.map((dept, i) => item(100 + i, dept)));
  if (e.shuffle) out.procedures.reverse();
  return out;
}

describe("changedPartsOutside, over random edits", () => {
  it("allows a save exactly when every touched item is the department's own and others keep their order", () => {
    fc.assert(
      fc.property(
        draftArb.chain((d) => fc.tuple(fc.constant(d), editArb(d))),
        ([before, edit]) => {
          const after = apply(before, edit);
          const others = (xs: Draft["procedures"], keep: Set<string>) =>
            xs.filter((p) => p.departmentKey !== "zeimu" && keep.has(p.key)).map((p) => p.key);
          const touchedOthers =
            before.procedures.some(
              (p) =>
                p.departmentKey !== "zeimu" && (edit.retitle.includes(p.key) || edit.remove.includes(p.key)),
            ) || edit.add.some((d) => d !== "zeimu");
          const keptAfter = new Set(after.procedures.map((p) => p.key));
          const keptBefore = new Set(before.procedures.map((p) => p.key));
          const reordered =
            others(before.procedures, keptAfter).join() !== others(after.procedures, keptBefore).join();
          const problems = changedPartsOutside(before, after, zeimu);
          expect(problems.length === 0).toBe(!touchedOthers && !reordered);
        },
      ),
    );
  });

  it("never refuses the flow owner, and never refuses saving a draft unchanged", () => {
    fc.assert(
      fc.property(
        draftArb.chain((d) => fc.tuple(fc.constant(d), editArb(d))),
        ([before, edit]) => {
          expect(
            changedPartsOutside(before, apply(before, edit), { ...zeimu, departmentKey: "shimin" }),
          ).toEqual([]);
          expect(changedPartsOutside(before, structuredClone(before), zeimu)).toEqual([]);
        },
      ),
    );
  });
});
