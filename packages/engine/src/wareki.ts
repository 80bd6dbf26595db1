import { formatIsoDate, isValidYmd, parseIsoDate, toDayNumber, type YMD } from "./dates";

/**
 * 和暦 (Japanese era dates) for forms and for reading what residents say at the counter.
 * Eras start on the day of the 改元: 昭和64年1月7日 is followed by 平成元年1月8日.
 */

export interface Era {
  name: string;
  short: string;
  start: YMD;
}

/** Newest first, so the first era whose start is not after a date is the one it belongs to. */
export const ERAS: readonly Era[] = [
  { name: "令和", short: "R", start: { year: 2019, month: 5, day: 1 } },
  { name: "平成", short: "H", start: { year: 1989, month: 1, day: 8 } },
  { name: "昭和", short: "S", start: { year: 1926, month: 12, day: 25 } },
  { name: "大正", short: "T", start: { year: 1912, month: 7, day: 30 } },
  // 明治 counts from the Gregorian equivalent of 明治元年1月1日 (旧暦); earlier dates have no era here.
  { name: "明治", short: "M", start: { year: 1868, month: 1, day: 25 } },
];

export interface WarekiParts {
  era: string;
  eraShort: string;
  year: number;
  /** "元" for the first year of an era, otherwise the number as text. */
  yearLabel: string;
  month: number;
  day: number;
}

/** Throws RangeError for an invalid ISO date or one before 明治. */
export function warekiParts(iso: string): WarekiParts {
  const ymd = parseIsoDate(iso);
  if (!ymd) throw new RangeError(`日付の形式が正しくありません: ${iso}`);
  const era = eraOf(ymd);
  if (!era) throw new RangeError(`明治より前の日付は和暦にできません: ${iso}`);
  const year = ymd.year - era.start.year + 1;
  return {
    era: era.name,
    eraShort: era.short,
    year,
    yearLabel: year === 1 ? "元" : String(year),
    month: ymd.month,
    day: ymd.day,
  };
}

/** 2024-04-01 → 令和6年4月1日; 2019-05-01 → 令和元年5月1日. Throws RangeError like warekiParts. */
export function formatWareki(iso: string): string {
  const p = warekiParts(iso);
  return `${p.era}${p.yearLabel}年${p.month}月${p.day}日`;
}

function eraOf(ymd: YMD): Era | undefined {
  const day = toDayNumber(ymd);
  return ERAS.find((era) => toDayNumber(era.start) <= day);
}

const ERA_ALIASES: Record<string, string> = {
  令和: "R",
  令: "R",
  R: "R",
  平成: "H",
  平: "H",
  H: "H",
  昭和: "S",
  昭: "S",
  S: "S",
  大正: "T",
  大: "T",
  T: "T",
  明治: "M",
  明: "M",
  M: "M",
};

const ERA_DATE =
  /^(令和|平成|昭和|大正|明治|令|平|昭|大|明|[RHSTM])(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日?|[./-](\d{1,2})[./-](\d{1,2}))$/;
const WESTERN_DATE = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|[./-](\d{1,2})[./-](\d{1,2}))$/;

/**
 * Reads a date as a resident or clerk types it: 令和6年4月1日, R6.4.1, R06/04/01, 平成元年1月8日,
 * full-width digits, and also western 2024-04-01 / 2024年4月1日 / 2024/4/1. Returns ISO or null when
 * the text is not a date or the date does not exist (2月30日, 昭和65年, 平成31年5月1日).
 */
export function parseWareki(text: string): string | null {
  const s = normalize(text);
  const era = ERA_DATE.exec(s);
  if (era) return fromEra(era[1] ?? "", era[2] ?? "", era[3] ?? era[5] ?? "", era[4] ?? era[6] ?? "");
  const west = WESTERN_DATE.exec(s);
  if (west) {
    const ymd = { year: Number(west[1]), month: Number(west[2] ?? west[4]), day: Number(west[3] ?? west[5]) };
    return isValidYmd(ymd) ? formatIsoDate(ymd) : null;
  }
  return null;
}

function fromEra(eraText: string, yearText: string, monthText: string, dayText: string): string | null {
  const short = ERA_ALIASES[eraText];
  const index = ERAS.findIndex((e) => e.short === short);
  const era = ERAS[index];
  if (!era) return null;
  const eraYear = yearText === "元" ? 1 : Number(yearText);
  if (eraYear < 1) return null;
  const ymd = { year: era.start.year + eraYear - 1, month: Number(monthText), day: Number(dayText) };
  if (!isValidYmd(ymd)) return null;
  const day = toDayNumber(ymd);
  if (day < toDayNumber(era.start)) return null;
  // The era that follows this one (ERAS is newest first) bounds it: 平成31年5月1日 does not exist.
  const next = index > 0 ? ERAS[index - 1] : undefined;
  if (next && day >= toDayNumber(next.start)) return null;
  return formatIsoDate(ymd);
}

/** Full-width digits, letters and separators to ASCII; spaces removed; latin upper-cased. */
function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]/g, "")
    .replace(/[．。]/g, ".")
    .replace(/[／]/g, "/")
    .replace(/[－ー‐−]/g, "-")
    .toUpperCase();
}
