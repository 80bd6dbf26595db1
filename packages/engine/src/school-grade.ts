import { fiscalYear, isoDateParts } from "./dates";

/**
 * Japanese school grade on a date: children born April 2 of year Y … April 1 of Y+1 enter 小学校 in
 * April of Y+7 (April 1 births belong to the earlier school year, because they reach school age on
 * March 31 under 年齢計算ニ関スル法律). grade = FY(on) − entryYear + 1: ≤ 0 未就学, 1–6 小学生,
 * 7–9 中学生, 10–12 高校生年代, ≥ 13 adult. null when a date is missing or invalid.
 */
export function schoolGrade(birthDate: string, on: string): number | null {
  const birth = isoDateParts(birthDate);
  const day = isoDateParts(on);
  if (!birth || !day) return null;
  const bornAfterApril1 = birth.month > 4 || (birth.month === 4 && birth.day >= 2);
  const cohortYear = bornAfterApril1 ? birth.year : birth.year - 1;
  const entryYear = cohortYear + 7;
  return fiscalYear(day) - entryYear + 1;
}
