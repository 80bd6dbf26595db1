/**
 * Pure calendar-date helpers on ISO `YYYY-MM-DD` strings. Everything works on year/month/day
 * integers (or a UTC day number), never on a local-time Date, so the result does not depend on the
 * machine's time zone: a date entered at a Tokyo counter is the same date on a UTC server.
 */

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict ISO date; null when malformed or impossible (2024-02-30). */
export function parseIsoDate(iso: unknown): YMD | null {
  if (typeof iso !== "string") return null;
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : null;
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYmd({ year, month, day }: YMD): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIsoDate({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01, computed in UTC so no DST or local offset can shift it. */
export function toDayNumber({ year, month, day }: YMD): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / 86_400_000);
}

export function fromDayNumber(dayNumber: number): YMD {
  const d = new Date(dayNumber * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function requireDate(iso: string): YMD {
  const ymd = parseIsoDate(iso);
  if (!ymd) throw new RangeError(`日付の形式が正しくありません: ${iso}`);
  return ymd;
}

/** `iso` plus `days` (may be negative). Throws RangeError on an invalid date. */
export function addDays(iso: string, days: number): string {
  return formatIsoDate(fromDayNumber(toDayNumber(requireDate(iso)) + Math.trunc(days)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(requireDate(to)) - toDayNumber(requireDate(from));
}

/** -1, 0 or 1. Valid ISO dates compare correctly as strings, but we validate first. */
export function compareDates(a: string, b: string): number {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** Japanese fiscal (and school) year: April to March. */
export function fiscalYear({ year, month }: YMD): number {
  return month >= 4 ? year : year - 1;
}
