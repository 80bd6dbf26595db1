import { demoForms } from "@kakanai/demo-city";
import { household, person, twelvePeople } from "@kakanai/demo-city/testing";
import type { Answers } from "@kakanai/engine";
import { poppler } from "@kakanai/pdf/testing";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { signSlipCode } from "../qr-token";
import { departmentPdf } from "./department-pdf";
import { finishedDemoSession, userFor } from "./testing/demo-session";

const db = useTestDb();
const A4 = { short: 595.276, long: 841.89 };
const near = (a: number | undefined, b: number) => Math.abs((a ?? 0) - b) < 1;

/** Six on 国保 moving in from another prefecture: 市民課, 保険年金課, 介護保険課 and こども育成課 print forms. */
function sixMembers(): Answers {
  const [grandpa, grandma, head, wife, ...children] = twelvePeople;
  const cast = [head, wife, ...children.reverse().slice(0, 2), grandpa, grandma] as { name: string }[];
  return household(
    "tennyu",
    cast.map((m) => person(m.name, "", m as never)),
    { fromOtherPrefecture: true },
  ) as Answers;
}

describe("departmentPdf: one PDF per department visit", () => {
  it("holds all of the department's forms, every sheet, on A4 (landscape only where the form is)", async () => {
    const s = await finishedDemoSession(db, {
      flowKey: "jumin-idou",
      answers: sixMembers(),
      roles: ["counter_clerk"],
    });
    const withForms = s.determination.departments.filter((d) => d.procedures.some((p) => p.forms.length > 0));
    expect(withForms.map((d) => d.key).sort()).toEqual(["hoken-nenkin", "kaigo", "kodomo", "shimin"]);
    const code = signSlipCode({
      sessionId: s.sessionId,
      expiresAt: new Date(Date.now() + 86_400_000),
      secret: s.city.qrSecret,
    });
    for (const dept of withForms) {
      const clerk = await createTestStaff(db, {
        municipalityId: s.city.id,
        roles: ["department_clerk"],
        departmentId: s.deptIds.get(dept.key) ?? null,
      });
      const { linkId } = await (await callerFor(db, clerk)).scan.resolve({ code });
      const pdf = await departmentPdf(db, { user: await userFor(db, clerk.loginId), linkId });
      const forms = dept.procedures.flatMap((p) => p.forms);
      const expected = forms.flatMap((f) => {
        const def = demoForms.find((d) => d.key === f.formKey);
        return Array.from({ length: f.sheets * (def?.pageCount ?? 1) }, () => def?.orientation ?? "portrait");
      });
      const sizes = poppler.pageSizes(pdf);
      expect(sizes, dept.name).toHaveLength(expected.length);
      sizes.forEach((size, i) => {
        const landscape = expected[i] === "landscape";
        expect(near(size.widthPt, landscape ? A4.long : A4.short), `${dept.name} p${i + 1}`).toBe(true);
        expect(near(size.heightPt, landscape ? A4.short : A4.long), `${dept.name} p${i + 1}`).toBe(true);
      });
      expect(poppler.pageCount(pdf)).toBe(expected.length);
    }
  }, 90_000);
});
