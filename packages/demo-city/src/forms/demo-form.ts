import type { FormDef } from "@kakanai/engine";
import { babySection, birthAddressSection, parentsSection } from "./birth-sections";
import {
  addressSection,
  applicantSection,
  claimantSection,
  type ExtraColumn,
  memberTable,
  personSection,
  src,
} from "./form-sections";
import { type GeneratedRow, type GeneratedSection, generatedForm } from "./generated-form";

/**
 * How a demo form without an uploaded original is described: who it is about, which address it
 * prints, and its own items. demoForm turns this into sections in a fixed order (subject, 請求者,
 * 住所, items, 届出人) so every form prints the people, the address, the applicant and the 届出日.
 */
export interface DemoFormSpec {
  key: string;
  title: string;
  departmentKey: string;
  about:
    | { person: string; rows?: GeneratedRow[] }
    | { table: string; rows: number; columns?: ExtraColumn[] }
    /** The people of the form in one line (「山田 太郎（2通）、山田 花子（1通）」): one request for all. */
    | { list: string }
    /** 出生 flow: the baby (heading), optionally after the mother, and the baby's own rows. */
    | { baby: string; rows?: GeneratedRow[]; parents: "both" | "mother" | "none"; motherFirst?: boolean };
  /**
   * Which address: "in" (転入・転居: new and old), "out" (転出: destination), "here" (only the
   * address in the city: forms that flows without a move print too). Ignored for 出生 forms.
   */
  move?: "in" | "out" | "here";
  /** Children's forms: the claiming parent (請求者) after the subject. */
  claimant?: boolean;
  /** "short": the 届出人's name and 区分 only, for flows that ask no more of the person at the counter. */
  applicant?: "short";
  items?: { heading: string; rows: GeneratedRow[] };
}

export function demoForm(spec: DemoFormSpec): FormDef {
  const { about } = spec;
  const sections: GeneratedSection[] = [];
  if ("person" in about) sections.push(personSection(about.person, about.rows));
  else if ("table" in about) sections.push(memberTable(about.table, about.rows, about.columns));
  else if ("list" in about)
    sections.push({
      heading: about.list,
      rows: [[{ label: "氏名（部数）", value: src("subjectNames"), heightMm: 18 }]],
    });
  else {
    const baby = babySection(about.baby, about.rows);
    const parents = about.parents === "none" ? [] : [parentsSection(about.parents)];
    sections.push(...(about.motherFirst ? [...parents, baby] : [baby, ...parents]));
  }
  if (spec.claimant) sections.push(claimantSection);
  sections.push("baby" in about ? birthAddressSection : addressSection(spec.move));
  if (spec.items) sections.push(spec.items);
  sections.push(applicantSection(spec.applicant ?? ("person" in about ? "person" : "full")));
  return generatedForm({ key: spec.key, title: spec.title, departmentKey: spec.departmentKey }, sections);
}

/** A value cell that prints a constant (what the form is for), unshaded unlike a label. */
export const says = (text: string) => ({ expr: text });

/** The person's health insurance, as the flow's answer labels it. */
export const insuranceOf = src("person.insurance");

/** The person's 障害者手帳, joined with 、. */
export const handbooksOf = src("person.handbooks");

/** Copies of 住民票の写し asked for in all. */
export const residenceCopiesTotal = src("totalCopies");
