import { notANumber } from "./errors";

/** JSON Logic truthiness: like JavaScript, except that an empty array is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  return Boolean(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Numeric value for arithmetic and comparison: null and "" are 0, booleans 0/1, numeric strings
 * their number. Arrays, objects and non-numeric strings throw NaN instead of silently becoming one.
 */
export function toNumber(value: unknown): number {
  if (typeof value === "number") {
    if (Number.isNaN(value)) throw notANumber();
    return value;
  }
  if (value === null || value === undefined) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    const n = value.trim() === "" ? 0 : Number(value);
    if (Number.isNaN(n)) throw notANumber();
    return n;
  }
  throw notANumber();
}

/** Ordering for <, <=, >, >=, ==: two strings compare as text, anything else as numbers. */
export function compareLoose(a: unknown, b: unknown): number {
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  const x = toNumber(a);
  const y = toNumber(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Finite number or a NaN error: 1/0 is not a value a rule can use. */
export function finite(n: number): number {
  if (!Number.isFinite(n)) throw notANumber();
  return n;
}
