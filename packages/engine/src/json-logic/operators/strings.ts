import { evalArgs } from "../args";
import { toNumber } from "../coerce";
import type { Operator } from "../evaluate";

const text = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

export const stringOperators: Record<string, Operator> = {
  cat: (raw, ev) => evalArgs(raw, ev).map(text).join(""),
  substr: (raw, ev) => {
    const [value, start, length] = evalArgs(raw, ev);
    return substr(text(value), toNumber(start), length === undefined ? undefined : toNumber(length));
  },
  in: (raw, ev) => {
    const [needle, haystack] = evalArgs(raw, ev);
    if (typeof haystack === "string") return haystack.includes(text(needle));
    if (Array.isArray(haystack)) return haystack.includes(needle);
    return false;
  },
};

/** Negative start counts from the end; negative length stops that many characters before the end. */
function substr(s: string, start: number, length: number | undefined): string {
  const from = start < 0 ? Math.max(0, s.length + start) : Math.min(start, s.length);
  if (length === undefined) return s.slice(from);
  const to = length < 0 ? s.length + length : from + length;
  return to <= from ? "" : s.slice(from, to);
}
