import type { FormDef, Rule } from "@kakanai/engine";
import { addressSection, applicantSection, generatedForm, personSection } from "./generated-form";

const claimant = (key: string): Rule => ({
  var: { cat: ["members.", { var: "childAllowanceClaimant" }, `.${key}`] },
});

const guardianSection = {
  heading: "保護者（申請者）",
  rows: [
    [{ label: "氏名", value: { expr: claimant("name") } }],
    [
      { label: "フリガナ", value: { expr: claimant("kana"), format: "kana" as const } },
      { label: "電話番号", value: { path: "applicant.phone", format: "phone" as const } },
    ],
  ],
};

const childMedical = (key: string, title: string): FormDef =>
  generatedForm({ key, title, departmentKey: "kodomo" }, [
    personSection("対象となるお子さん"),
    guardianSection,
    addressSection("住所"),
  ]);

/** Demo forms without an uploaded original: laid out by generatedForm. */
export const generatedForms: FormDef[] = [
  generatedForm({ key: "F15", title: "介護保険 資格取得・異動・喪失届", departmentKey: "kaigo" }, [
    personSection("被保険者"),
    addressSection("住所・異動"),
    applicantSection,
  ]),
  childMedical("F24", "乳幼児医療費助成（マル乳）申請書"),
  childMedical("F25", "義務教育就学児医療費助成（マル子）申請書"),
  childMedical("F26", "高校生等医療費助成（マル青）申請書"),
];
