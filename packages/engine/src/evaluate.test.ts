import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("evaluate with the engine operators", () => {
  const data = { member: { birthDate: "1960-04-01" }, on: "2025-03-31" };

  it("computes ages and grades from answers", () => {
    expect(evaluate({ ageLegal: [{ var: "member.birthDate" }, { var: "on" }] }, data)).toBe(65);
    expect(evaluate({ ageCalendar: [{ var: "member.birthDate" }, { var: "on" }] }, data)).toBe(64);
    expect(evaluate({ schoolGrade: ["2017-04-01", "2024-04-01"] }, null)).toBe(2);
    expect(evaluate({ ">=": [{ ageLegal: [{ var: "member.birthDate" }, { var: "on" }] }, 65] }, data)).toBe(
      true,
    );
  });

  it("handles dates", () => {
    expect(evaluate({ addDays: [{ var: "on" }, 14] }, data)).toBe("2025-04-14");
    expect(evaluate({ daysBetween: ["2025-03-31", "2025-04-14"] }, null)).toBe(14);
    expect(evaluate({ wareki: [{ var: "on" }] }, data)).toBe("令和7年3月31日");
    expect(evaluate({ parseWareki: ["R7.3.31"] }, null)).toBe("2025-03-31");
  });

  it("returns null rather than throwing for unanswered dates", () => {
    expect(evaluate({ ageLegal: [{ var: "missing" }, { var: "on" }] }, data)).toBeNull();
    expect(evaluate({ ">=": [{ ageLegal: [{ var: "missing" }, { var: "on" }] }, 65] }, data)).toBe(false);
    expect(evaluate({ addDays: [null, 14] }, null)).toBeNull();
    expect(evaluate({ wareki: ["1800-01-01"] }, null)).toBeNull();
  });
});
