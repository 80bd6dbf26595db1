import { isoDateParts, nextDay, type YMD } from "./dates";

/**
 * Age under 年齢計算ニ関スル法律: a person reaches age N at the end of the day before the Nth
 * birthday, so from that day on they count as N (born 1960-04-01 → 65 on 2025-03-31). Someone born on
 * February 29 turns N on February 28 either way. null when a date is missing or invalid.
 */
export function ageLegal(birthDate: string, on: string): number | null {
  const birth = isoDateParts(birthDate);
  const day = isoDateParts(on);
  if (!birth || !day) return null;
  const after = nextDay(day);
  // The day after 9999-12-31 is no ISO date: no age, as before.
  return after.year > 9999 ? null : yearsBetween(birth, after);
}

/**
 * Ordinary age, incremented on the birthday itself. For a February 29 birth in a common year the
 * birthday counts from March 1. Negative results (on before birth) are reported as they are.
 */
export function ageCalendar(birthDate: string, on: string): number | null {
  const birth = isoDateParts(birthDate);
  const day = isoDateParts(on);
  if (!birth || !day) return null;
  return yearsBetween(birth, day);
}

function yearsBetween(birth: Readonly<YMD>, day: Readonly<YMD>): number {
  const beforeBirthday = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (beforeBirthday ? 1 : 0);
}
