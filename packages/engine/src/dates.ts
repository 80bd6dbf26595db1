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
  const ymd = isoDateParts(iso);
  return ymd ? { ...ymd } : null;
}

/**
 * parseIsoDate, memoized per string and frozen: rules ask for the same birth dates and 異動日 once
 * per member and question, and the regular expression dominated the age and grade operators.
 */
export function isoDateParts(iso: unknown): Readonly<YMD> | null {
  if (typeof iso !== "string") return null;
  const cached = parsedDates.get(iso);
  if (cached !== undefined) return cached;
  const m = ISO_DATE.exec(iso);
  const ymd = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  const result = ymd && isValidYmd(ymd) ? Object.freeze(ymd) : null;
  // Answers are bounded by what clerks type; the cap keeps a long-lived server's memory flat.
  if (parsedDates.size >= 10_000) parsedDates.clear();
  parsedDates.set(iso, result);
  return result;
}

const parsedDates = new Map<string, Readonly<YMD> | null>();

export function isIsoDate(value: unknown): value is string {
  return isoDateParts(value) !== null;
}

/** The day after `ymd`, without going through a day number and back. */
export function nextDay({ year, month, day }: YMD): YMD {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  if (month < 12) return { year, month: month + 1, day: 1 };
  return { year: year + 1, month: 1, day: 1 };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

function requireDate(iso: string): Readonly<YMD> {
  const ymd = isoDateParts(iso);
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

/** Today's date in Japan (JST, no daylight saving) as YYYY-MM-DD, wherever the code runs. */
export function japanToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
