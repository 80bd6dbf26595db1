import { describe, expect, it } from "vitest";
import { addDays, compareDates, daysBetween, isIsoDate, japanToday, parseIsoDate } from "./dates";

describe("dates", () => {
  it("validates ISO dates strictly", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2024-4-1")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate(20240401)).toBe(false);
  });

  it("adds days across month, year and leap boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-25", 14)).toBe("2025-01-08");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-03-31", 0)).toBe("2024-03-31");
  });

  it("counts days and compares", () => {
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2024-01-01")).toBe(-366);
    expect(compareDates("2024-04-01", "2024-04-02")).toBe(-1);
    expect(compareDates("2024-04-02", "2024-04-01")).toBe(1);
    expect(compareDates("2024-04-01", "2024-04-01")).toBe(0);
  });

  it("rejects invalid input", () => {
    expect(() => addDays("2024-02-30", 1)).toThrow(RangeError);
  });

  it("hands out a fresh object each time, though parsing is memoized", () => {
    const first = parseIsoDate("2024-04-01");
    if (first) first.day = 9;
    expect(parseIsoDate("2024-04-01")).toEqual({ year: 2024, month: 4, day: 1 });
    expect(parseIsoDate("2024-02-30")).toBeNull();
    expect(parseIsoDate("2024-02-30")).toBeNull();
  });

  it("takes today in Japan, which starts nine hours before UTC's", () => {
    expect(japanToday(new Date("2026-11-30T14:59:59Z"))).toBe("2026-11-30");
    expect(japanToday(new Date("2026-11-30T15:00:00Z"))).toBe("2026-12-01");
    expect(japanToday(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });
});
