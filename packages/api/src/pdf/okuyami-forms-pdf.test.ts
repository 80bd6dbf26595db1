import { schema } from "@kakanai/db";
import { death } from "@kakanai/demo-city/testing";
import { poppler, sampleHousehold } from "@kakanai/pdf/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { loginStaff } from "../auth/login-staff";
import { createPdfRouteHandler } from "../next";
import { okuyamiFormsPdf } from "./okuyami-forms-pdf";
import { finishedDemoSession, userFor } from "./testing/demo-session";

const db = useTestDb();
const now = new Date("2025-04-03T01:00:00Z");
/** A 70-year-old 世帯主 on 国保 with 国民年金, land and a dog (died 2025-04-01). */
const answers = death(
  {
    wasHeadOfHousehold: true,
    remainingMembers: 2,
    insurance: "kokuho",
    receivedPension: "kokumin",
    ownedRealEstate: true,
    ownedDog: true,
  },
  {
    chiefMourner: { name: "東雲 太郎", bankAccount: "東雲銀行 本店 普通 7654321" },
    heirRepresentative: {
      name: "東雲 次郎",
      address: {
        postalCode: "135-0062",
        prefecture: "東京都",
        city: "東雲市",
        town: "港町",
        banchi: "4-5-6",
      },
      bankAccount: "みなと銀行 東雲支店 普通 1122334",
    },
  },
);
const flat = (s: string) => s.replace(/\s/g, "");

describe("okuyamiFormsPdf (各課の申請書をまとめて印刷)", () => {
  it("prints every determined form in department order, prefilled, and records each department", async () => {
    const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
    const formKeys = s.determination.procedures.flatMap((p) => p.forms.map((f) => f.formKey));
    expect(formKeys).toEqual(["O-F01", "O-F02", "O-F03", "O-F05", "O-F06", "O-F09"]);
    const pdf = await okuyamiFormsPdf(db, {
      user: await userFor(db, s.clerk.loginId),
      sessionId: s.sessionId,
      now,
    });
    const pages = poppler
      .text(pdf)
      .split("\f")
      .filter((p) => p.trim());
    const titles = [
      "世帯主変更届",
      "国民健康保険 資格喪失届",
      "葬祭費 支給申請書",
      "国民年金 受給権者死亡届・未支給年金請求書",
      "介護保険 資格喪失届",
      "固定資産 相続人代表者指定届",
    ];
    expect(pages).toHaveLength(titles.length);
    pages.forEach((page, i) => {
      expect(flat(page), titles[i]).toContain(flat(titles[i] ?? "?"));
      for (const str of ["東雲 一郎", "令和7年4月1日", "東雲 花子", "令和7年4月3日"])
        expect(page, titles[i]).toContain(str);
    });
    expect(pages[2]).toContain("東雲 太郎");
    expect(flat(pages[2] ?? "")).toContain(flat("東雲銀行 本店 普通 7654321"));
    expect(flat(pages[4] ?? "")).toContain(flat("みなと銀行 東雲支店 普通 1122334"));
    expect(pages[5]).toContain("東雲 次郎");
    expect(pages.join("")).not.toContain("犬");

    const events = await db
      .select()
      .from(schema.sessionEvents)
      .where(
        and(eq(schema.sessionEvents.sessionId, s.sessionId), eq(schema.sessionEvents.type, "forms_printed")),
      );
    expect(events.map((e) => e.departmentKey).sort()).toEqual([
      "hoken-nenkin",
      "kaigo",
      "shimin",
      "shisanzei",
    ]);
    const audits = await db.select().from(schema.auditLog).where(eq(schema.auditLog.target, s.sessionId));
    expect(audits).toMatchObject([
      {
        action: "session.print",
        detail: {
          document: "okuyami-forms",
          departmentKeys: ["shimin", "hoken-nenkin", "kaigo", "shisanzei"],
        },
      },
    ]);
  }, 60_000);

  it("serves GET /api/pdf/okuyami-forms, and refuses other roles, other flows and a checklist-only result in Japanese", async () => {
    const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
    const handler = createPdfRouteHandler({
      getDb: () => db,
      cookieName: "kk_counter",
      kind: "okuyami-forms",
    });
    const get = async (loginId: string, sessionId: string) => {
      const { token } = await loginStaff(db, {
        loginId,
        password: testPassword,
        address: null,
        previousTokenHash: null,
      });
      const url = `http://localhost:3001/api/pdf/okuyami-forms?session=${sessionId}`;
      return handler(new Request(url, { headers: { cookie: `kk_counter=${token}` } }));
    };
    const ok = await get(s.clerk.loginId, s.sessionId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(flat(poppler.text(new Uint8Array(await ok.arrayBuffer())))).toContain("葬祭費支給申請書");

    const scanner = await createTestStaff(db, { municipalityId: s.city.id, roles: ["department_clerk"] });
    expect((await get(scanner.loginId, s.sessionId)).status).toBe(403);

    const move = await finishedDemoSession(db, {
      flowKey: "jumin-idou",
      answers: sampleHousehold(2),
      roles: ["system_admin"],
    });
    const wrong = await get(move.clerk.loginId, move.sessionId);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("おくやみの受付でのみ");

    const dogOnly = await finishedDemoSession(db, {
      flowKey: "okuyami",
      answers: death({ birthDate: "1985-06-01", ownedDog: true }),
      roles: ["bereavement_clerk"],
    });
    const none = await get(dogOnly.clerk.loginId, dogOnly.sessionId);
    expect(none.status).toBe(404);
    expect(await none.text()).toContain("印刷する申請書はありません");
  }, 120_000);
});
