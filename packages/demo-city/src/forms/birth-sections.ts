import type { GeneratedRow, GeneratedSection } from "./generated-form";

/** Sections of the 出生 flow's forms: answers baby, mother, father, headOfHousehold, address. */

/** The newborn: name, カナ, 和暦 birth date and sex, with optional rows of the form's own. */
export function babySection(heading: string, more: GeneratedRow[] = []): GeneratedSection {
  return {
    heading,
    rows: [
      [{ label: "フリガナ", value: { source: "person.kana", format: "kana" } }],
      [{ label: "氏名", value: { source: "person.name", fontSizePt: 14 }, heightMm: 11 }],
      [
        { label: "生年月日", value: { source: "person.birthDate", format: "wareki" } },
        { label: "性別", value: { source: "person.sex" } },
      ],
      ...more,
    ],
  };
}

const parentRows = (who: "mother" | "father", label: string): GeneratedRow[] => [
  [
    { label: `${label} 氏名`, value: { path: `${who}.name` } },
    { label: "フリガナ", value: { path: `${who}.kana`, format: "kana" } },
  ],
  [{ label: "生年月日", value: { path: `${who}.birthDate`, format: "wareki" } }],
];

/** Mother and (optional) father; the father's rows stay blank when none was given. */
export function parentsSection(which: "both" | "mother" = "both"): GeneratedSection {
  return {
    heading: which === "both" ? "父母" : "母（出産した方）",
    rows: [...parentRows("mother", "母"), ...(which === "both" ? parentRows("father", "父") : [])],
  };
}

/** The household the baby is born into: address in the city and its head. */
export const birthAddressSection: GeneratedSection = {
  heading: "住所・世帯",
  rows: [
    [{ label: "住所", value: { source: "address" }, heightMm: 11 }],
    [
      { label: "世帯主", value: { source: "headOfHousehold" } },
      { label: "世帯主との続柄", value: { path: "headOfHousehold.relationshipOfBaby" } },
    ],
  ],
};
