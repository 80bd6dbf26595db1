import { toNumber } from "../coerce";
import { eagerOperator, positionalOperator } from "../eager";
import type { Operator } from "../evaluate";

const text = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

export const stringOperators: Record<string, Operator> = {
  cat: eagerOperator((args) => args.map(text).join("")),
  substr: positionalOperator(3, (value, start, length) =>
    substr(text(value), toNumber(start), length === undefined ? undefined : toNumber(length)),
  ),
  in: positionalOperator(2, (needle, haystack) => {
    if (typeof haystack === "string") return haystack.includes(text(needle));
    if (Array.isArray(haystack)) return haystack.includes(needle);
    return false;
  }),
};

/** Negative start counts from the end; negative length stops that many characters before the end. */
function substr(s: string, start: number, length: number | undefined): string {
  const from = start < 0 ? Math.max(0, s.length + start) : Math.min(start, s.length);
  if (length === undefined) return s.slice(from);
  const to = length < 0 ? s.length + length : from + length;
  return to <= from ? "" : s.slice(from, to);
}
