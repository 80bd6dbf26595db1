import { describe, expect, it } from "vitest";
import { schoolGrade } from "./school-grade";

describe("schoolGrade", () => {
  it("puts an April 1 birth one school year ahead of an April 2 birth", () => {
    expect(schoolGrade("2017-04-01", "2024-04-01")).toBe(2);
    expect(schoolGrade("2017-04-02", "2024-04-01")).toBe(1);
  });

  it("counts the school year from April", () => {
    // Born 2017-04-02: enters 小学校 in April 2024.
    expect(schoolGrade("2017-04-02", "2024-03-31")).toBe(0);
    expect(schoolGrade("2017-04-02", "2024-04-01")).toBe(1);
    expect(schoolGrade("2017-04-02", "2025-03-31")).toBe(1);
    expect(schoolGrade("2018-04-01", "2024-04-01")).toBe(1);
  });

  it("spans 未就学 to adulthood", () => {
    // A newborn is six school years before 小学1年.
    expect(schoolGrade("2024-06-01", "2024-06-01")).toBe(-6);
    expect(schoolGrade("2012-05-10", "2024-06-01")).toBe(6);
    expect(schoolGrade("2011-05-10", "2024-06-01")).toBe(7);
    expect(schoolGrade("2006-04-02", "2024-06-01")).toBe(12);
    expect(schoolGrade("2006-04-01", "2024-06-01")).toBe(13);
  });

  it("is null for missing dates", () => {
    expect(schoolGrade("", "2024-04-01")).toBeNull();
  });
});
