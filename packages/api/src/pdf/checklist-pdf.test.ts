import { schema } from "@kakanai/db";
import { death } from "@kakanai/demo-city/testing";
import { formatWareki } from "@kakanai/engine";
import { poppler, sampleHousehold } from "@kakanai/pdf/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { loginStaff } from "../auth/login-staff";
import { createPdfRouteHandler } from "../next";
import { checklistPdf } from "./checklist-pdf";
import { finishedDemoSession, userFor } from "./testing/demo-session";

const db = useTestDb();
const now = new Date("2025-04-03T01:00:00Z");
/** A 70-year-old on 国保 with 国民年金 and a dog (died 2025-04-01): O03 O04 O06 O07 O12 in three departments. */
const answers = death({ insurance: "kokuho", receivedPension: "kokumin", ownedDog: true });

describe("checklistPdf (おくやみ)", () => {
  it("prints every determined procedure with its department, counter and 和暦 deadline, and records it", async () => {
    const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
    expect(s.determination.procedures.map((p) => p.key)).toEqual(["O03", "O04", "O06", "O07", "O12"]);
    const pdf = await checklistPdf(db, {
      user: await userFor(db, s.clerk.loginId),
      sessionId: s.sessionId,
      now,
    });
    expect(poppler.pageSizes(pdf)).toEqual([{ widthPt: 595.266, heightPt: 841.876 }]);
    const text = poppler.text(pdf);
    for (const str of [
      "おくやみ手続きチェックリスト",
      "故 東雲 一郎 様",
      "令和7年4月3日",
      "令和7年4月15日",
      "環境政策課",
    ])
      expect(text).toContain(str);
    for (const d of s.determination.departments)
      for (const str of [d.name, d.counter]) expect(text).toContain(str);
    // Long titles and items wrap inside their cells: compare without line breaks and spaces.
    const flat = (str: string) => str.replace(/\s/g, "");
    for (const p of s.determination.procedures) {
      expect(flat(text)).toContain(flat(p.title));
      if (p.deadline) expect(text).toContain(formatWareki(p.deadline));
      for (const item of p.itemsToBring) expect(flat(text)).toContain(flat(item));
    }
    const events = await db
      .select()
      .from(schema.sessionEvents)
      .where(
        and(eq(schema.sessionEvents.sessionId, s.sessionId), eq(schema.sessionEvents.type, "slip_printed")),
      );
    expect(events).toHaveLength(1);
    const audits = await db.select().from(schema.auditLog).where(eq(schema.auditLog.target, s.sessionId));
    expect(audits).toMatchObject([{ action: "session.print", detail: { document: "okuyami-checklist" } }]);
  }, 60_000);

  it("serves GET /api/pdf/checklist as an inline PDF, and refuses other flows and other roles in Japanese", async () => {
    const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
    const handler = createPdfRouteHandler({ getDb: () => db, cookieName: "kk_counter", kind: "checklist" });
    const get = async (loginId: string, sessionId: string) => {
      const { token } = await loginStaff(db, {
        loginId,
        password: testPassword,
        address: null,
        previousTokenHash: null,
      });
      const url = `http://localhost:3001/api/pdf/checklist?session=${sessionId}`;
      return handler(new Request(url, { headers: { cookie: `kk_counter=${token}` } }));
    };
    const ok = await get(s.clerk.loginId, s.sessionId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(poppler.text(new Uint8Array(await ok.arrayBuffer()))).toContain("葬祭費 支給申請");

    const scanner = await createTestStaff(db, { municipalityId: s.city.id, roles: ["department_clerk"] });
    const denied = await get(scanner.loginId, s.sessionId);
    expect(denied.status).toBe(403);

    const move = await finishedDemoSession(db, {
      flowKey: "jumin-idou",
      answers: sampleHousehold(2),
      roles: ["counter_clerk"],
    });
    const wrong = await get(move.clerk.loginId, move.sessionId);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("おくやみの受付でのみ");
  }, 60_000);
});
