import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageCalendar, ageLegal } from "./age";
import { addDays, daysBetween, formatIsoDate, fromDayNumber, toDayNumber } from "./dates";
import { schoolGrade } from "./school-grade";
import { formatWareki, parseWareki } from "./wareki";

/** Any day from 明治 (1868-01-25) to 2100. */
const isoDate = fc
  .integer({
    min: toDayNumber({ year: 1868, month: 1, day: 25 }),
    max: toDayNumber({ year: 2100, month: 12, day: 31 }),
  })
  .map((n) => formatIsoDate(fromDayNumber(n)));

describe("date properties", () => {
  it("reads back every 和暦 it writes", () => {
    fc.assert(fc.property(isoDate, (iso) => parseWareki(formatWareki(iso)) === iso));
  });

  it("legal age is the calendar age of the next day", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (birth, on) => {
        expect(ageLegal(birth, on)).toBe(ageCalendar(birth, addDays(on, 1)));
      }),
    );
  });

  it("addDays and daysBetween agree", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -20000, max: 20000 }),
        (iso, n) => daysBetween(iso, addDays(iso, n)) === n,
      ),
    );
  });

  it("a school grade rises by one each April", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1900, max: 2099 }), (birth, year) => {
        const march = schoolGrade(birth, `${year + 1}-03-31`);
        const april = schoolGrade(birth, `${year + 1}-04-01`);
        expect(april).toBe((march ?? 0) + 1);
        expect(schoolGrade(birth, `${year}-04-01`)).toBe(march);
      }),
    );
  });
});
