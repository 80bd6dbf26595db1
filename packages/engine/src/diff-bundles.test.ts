import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema } from "./bundle";
import { diffBundles } from "./diff-bundles";

const v1: BundleInput = {
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "住民異動", referenceDate: { var: "moveDate" } },
  departments: [{ key: "kaigo", name: "介護保険課", counter: "2階 22番" }],
  questions: [
    { id: "q1", key: "moveDate", kind: "date", label: "異動日" },
    {
      id: "q2",
      key: "members",
      kind: "group",
      label: "世帯員",
      questions: [{ id: "q2a", key: "name", kind: "text", label: "氏名" }],
    },
  ],
  procedures: [
    { key: "P11", title: "介護保険", departmentKey: "kaigo", rule: true, memberRule: { ">=": [1, 65] } },
  ],
  forms: [{ key: "F15", title: "介護保険届", departmentKey: "kaigo", rowsPerSheet: 1 }],
};

const parse = (input: BundleInput) => bundleSchema.parse(input);

describe("diffBundles", () => {
  it("is empty for the same content, whatever the key order", () => {
    const reverseKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reverseKeys);
      if (value === null || typeof value !== "object") return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, x]) => [k, reverseKeys(x)]),
      );
    };
    const reordered = reverseKeys(v1) as BundleInput;
    expect(Object.keys(reordered)[0]).toBe("forms");
    expect(diffBundles(parse(v1), parse(reordered))).toEqual([]);
  });

  it("lists additions, removals and changed fields in Japanese", () => {
    const v2: BundleInput = {
      ...v1,
      questions: [
        { id: "q1", key: "moveDate", kind: "date", label: "異動した日", dateBound: "notPast" },
        {
          id: "q2",
          key: "members",
          kind: "group",
          label: "世帯員",
          questions: [
            { id: "q2a", key: "name", kind: "text", label: "氏名" },
            { id: "q2b", key: "kana", kind: "kana", label: "フリガナ" },
          ],
        },
      ],
      procedures: [
        {
          key: "P11",
          title: "介護保険",
          departmentKey: "kaigo",
          rule: true,
          memberRule: { ">=": [1, 64] },
          deadlineDays: 14,
        },
      ],
      forms: [],
    };
    expect(diffBundles(parse(v1), parse(v2))).toEqual([
      "質問 異動した日: 質問文・受け付ける日付を変更",
      "質問を追加: 世帯員 › フリガナ",
      "手続き P11（介護保険）: 世帯員の条件・期限を変更",
      "様式を削除: F15（介護保険届）",
    ]);
  });

  it("says when procedures change places, which is the order of the slip", () => {
    const two = (keys: string[]): BundleInput => ({
      ...v1,
      procedures: keys.map((key) => ({ key, title: key, departmentKey: "kaigo", rule: true })),
    });
    const parse = (b: BundleInput) => bundleSchema.parse(b);
    expect(diffBundles(parse(two(["P01", "P02"])), parse(two(["P02", "P01"])))).toEqual([
      "手続きの順番を変更",
    ]);
    expect(diffBundles(parse(two(["P01", "P02"])), parse(two(["P01", "P02", "P18"])))).toEqual([
      "手続きを追加: P18（P18）",
    ]);
    expect(diffBundles(parse(two(["P01", "P02"])), parse(two(["P18", "P01", "P02"])))).toEqual([
      "手続きを追加: P18（P18）",
    ]);
  });
});
