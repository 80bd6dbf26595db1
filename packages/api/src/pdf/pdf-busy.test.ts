import { schema } from "@kakanai/db";
import { death } from "@kakanai/demo-city/testing";
import { pdfPool } from "@kakanai/pdf";
import { poppler, sampleDetermination } from "@kakanai/pdf/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../test/test-db";
import { toTRPCError } from "../error-mapping";
import { pdfResponse } from "./pdf-response";
import { finishedDemoSession, userFor } from "./testing/demo-session";

const db = useTestDb();

/** Fills every slot of the process's PDF pool (running and queued) with long 案内票 renders. */
function fillPdfPool(): Promise<unknown> {
  const pool = pdfPool();
  const long = {
    municipalityName: "東雲市",
    receptionNumber: "Z-9999",
    flowTitle: "住民異動",
    issuedOn: "2025-04-01",
    determination: sampleDetermination(150),
    qrText: "K1.FILLER",
  };
  const slots = pool.threadCount + pool.maxQueue;
  return Promise.allSettled(Array.from({ length: slots }, () => pool.renderSlip(long)));
}

describe("printing when the PDF pool is full", () => {
  it("answers 503 with Retry-After and a Japanese message at once, records nothing, and prints on retry", async () => {
    const s = await finishedDemoSession(db, {
      flowKey: "okuyami",
      answers: death({ insurance: "kokuho", receivedPension: "kokumin", ownedDog: true }),
      roles: ["bereavement_clerk"],
    });
    const user = await userFor(db, s.clerk.loginId);
    const url = new URL(`http://counter.test/api/pdf/checklist?session=${s.sessionId}`);
    const printed = () =>
      db
        .select()
        .from(schema.sessionEvents)
        .where(
          and(eq(schema.sessionEvents.sessionId, s.sessionId), eq(schema.sessionEvents.type, "slip_printed")),
        );

    const fillers = fillPdfPool();
    const started = performance.now();
    const busy = await pdfResponse(db, { kind: "checklist", user, url });
    const waited = performance.now() - started;
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(busy.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await busy.text()).toBe("印刷が混み合っています。数秒後にもう一度お試しください。");
    // Refused without waiting for the renders ahead of it (each of them takes far longer).
    expect(waited).toBeLessThan(1000);
    expect(await printed()).toHaveLength(0);

    await fillers;
    const ok = await pdfResponse(db, { kind: "checklist", user, url });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Type")).toBe("application/pdf");
    const pdf = new Uint8Array(await ok.arrayBuffer());
    expect(poppler.text(pdf)).toContain("おくやみ手続きチェックリスト");
    expect(await printed()).toHaveLength(1);
  });

  it("gives tRPC callers (form preview, upload check) SERVICE_UNAVAILABLE with the same message", async () => {
    const fillers = fillPdfPool();
    const error = await pdfPool()
      .renderSlip({
        municipalityName: "東雲市",
        receptionNumber: "A-0001",
        flowTitle: "住民異動",
        issuedOn: "2025-04-01",
        determination: sampleDetermination(),
        qrText: "K1.X",
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(toTRPCError(error)).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: "印刷が混み合っています。数秒後にもう一度お試しください。",
    });
    await fillers;
  });
});
