import { describe, expect, it } from "vitest";
import { ageCalendar, ageLegal } from "./age";

describe("ageLegal", () => {
  it("reaches 65 on the day before the 65th birthday", () => {
    expect(ageLegal("1960-04-01", "2025-03-30")).toBe(64);
    expect(ageLegal("1960-04-01", "2025-03-31")).toBe(65);
    expect(ageLegal("1960-04-01", "2025-04-01")).toBe(65);
  });

  it("reaches 75 on the eve of the 75th birthday", () => {
    expect(ageLegal("1950-07-15", "2025-07-13")).toBe(74);
    expect(ageLegal("1950-07-15", "2025-07-14")).toBe(75);
  });

  it("handles a February 29 birth in common and leap years", () => {
    expect(ageLegal("2000-02-29", "2001-02-27")).toBe(0);
    expect(ageLegal("2000-02-29", "2001-02-28")).toBe(1);
    expect(ageLegal("2000-02-29", "2004-02-27")).toBe(3);
    expect(ageLegal("2000-02-29", "2004-02-28")).toBe(4);
  });

  it("crosses the year end (born January 1 is N on December 31)", () => {
    expect(ageLegal("2000-01-01", "2014-12-30")).toBe(14);
    expect(ageLegal("2000-01-01", "2014-12-31")).toBe(15);
  });

  it("is null for missing or invalid dates", () => {
    expect(ageLegal("", "2025-01-01")).toBeNull();
    expect(ageLegal("1960-02-30", "2025-01-01")).toBeNull();
  });
});

describe("ageCalendar", () => {
  it("increments on the birthday itself", () => {
    expect(ageCalendar("1950-04-01", "2025-03-31")).toBe(74);
    expect(ageCalendar("1950-04-01", "2025-04-01")).toBe(75);
  });

  it("counts a February 29 birthday from March 1 in common years", () => {
    expect(ageCalendar("2000-02-29", "2001-02-28")).toBe(0);
    expect(ageCalendar("2000-02-29", "2001-03-01")).toBe(1);
    expect(ageCalendar("2000-02-29", "2004-02-29")).toBe(4);
  });
});

describe("ageLegal at month and year ends", () => {
  it("turns over on the last day of the month and year before the birthday", () => {
    expect(ageLegal("1960-01-01", "2024-12-31")).toBe(65);
    expect(ageLegal("1960-01-01", "2024-12-30")).toBe(64);
    expect(ageLegal("1960-03-01", "2024-02-29")).toBe(64);
    expect(ageLegal("1960-03-01", "2025-02-28")).toBe(65);
  });

  it("has no age on the last representable day (no day after it)", () => {
    expect(ageLegal("2000-01-01", "9999-12-31")).toBeNull();
  });
});
