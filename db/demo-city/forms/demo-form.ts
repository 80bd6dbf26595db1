import type { FormDef, Rule } from "@kakanai/engine";
import { babySection, birthAddressSection, parentsSection } from "./birth-sections";
import {
  addressSection,
  applicantSection,
  claimantSection,
  type ExtraColumn,
  memberTable,
  personSection,
} from "./form-sections";
import { type GeneratedRow, type GeneratedSection, generatedForm } from "./generated-form";

/**
 * How a demo form without an uploaded original is described: who it is about, the direction of the
 * move, and its own items. demoForm turns this into sections in a fixed order (subject, 請求者,
 * 住所, items, 届出人) so every form prints the people, the address, the applicant and the 届出日.
 */
export interface DemoFormSpec {
  key: string;
  title: string;
  departmentKey: string;
  about:
    | { person: string; rows?: GeneratedRow[] }
    | { table: string; rows: number; columns?: ExtraColumn[] }
    /** 出生 flow: the baby (heading), optionally after the mother, and the baby's own rows. */
    | { baby: string; rows?: GeneratedRow[]; parents: "both" | "mother" | "none"; motherFirst?: boolean };
  /** "out": the new address is the destination (転出). Ignored for 出生 forms. */
  move?: "in" | "out";
  /** Children's forms: the claiming parent (請求者) after the subject. */
  claimant?: boolean;
  items?: { heading: string; rows: GeneratedRow[] };
}

export function demoForm(spec: DemoFormSpec): FormDef {
  const { about } = spec;
  const sections: GeneratedSection[] = [];
  if ("person" in about) sections.push(personSection(about.person, about.rows));
  else if ("table" in about) sections.push(memberTable(about.table, about.rows, about.columns));
  else {
    const baby = babySection(about.baby, about.rows);
    const parents = about.parents === "none" ? [] : [parentsSection(about.parents)];
    sections.push(...(about.motherFirst ? [...parents, baby] : [baby, ...parents]));
  }
  if (spec.claimant) sections.push(claimantSection);
  sections.push("baby" in about ? birthAddressSection : addressSection(spec.move));
  if (spec.items) sections.push(spec.items);
  sections.push(applicantSection);
  return generatedForm({ key: spec.key, title: spec.title, departmentKey: spec.departmentKey }, sections);
}

/** A value cell that prints a constant (what the form is for), unshaded unlike a label. */
export const says = (text: string) => ({ expr: text });

const label = (path: string, labels: Record<string, string>): Rule =>
  Object.entries(labels).reduceRight<Rule>(
    (otherwise, [value, text]) => ({ if: [{ "===": [{ var: path }, value] }, text, otherwise] }),
    "",
  );

/** The member's health insurance in words. */
export const insuranceOf: Rule = label("member.insurance", {
  employer: "健康保険（社会保険）",
  kokuho: "国民健康保険",
  kouki: "後期高齢者医療",
  welfare: "生活保護",
  none: "なし",
});

/** The member's 障害者手帳 in words, joined with 、. */
export const handbooksOf: Rule = {
  map: [
    { var: "member.handbooks" },
    label("", { physical: "身体障害者手帳", intellectual: "愛の手帳", mental: "精神障害者保健福祉手帳" }),
  ],
};

/** Copies of 住民票の写し asked for by the whole household. */
export const residenceCopiesTotal: Rule = {
  cat: [
    {
      reduce: [
        { var: "members" },
        { "+": [{ var: "accumulator" }, { var: ["current.wantsResidenceCertificate", 0] }] },
        0,
      ],
    },
    " 通",
  ],
};
