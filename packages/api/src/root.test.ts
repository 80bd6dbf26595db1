import { describe, expect, it } from "vitest";
import { browserCaller, callerFor } from "../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../test/factories";
import { useTestDb } from "../test/test-db";
import { appRouter } from "./root";
import type { Meta } from "./trpc";

const db = useTestDb();

describe("appRouter", () => {
  it("declares roles on every procedure that is not public", () => {
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>,
    );
    expect(procedures.length).toBeGreaterThan(10);
    const missing = procedures
      .filter(([, p]) => !p._def.meta?.public && (p._def.meta?.roles?.length ?? 0) === 0)
      .map(([path]) => path);
    expect(missing).toEqual([]);
    const publicOnes = procedures.filter(([, p]) => p._def.meta?.public).map(([path]) => path);
    // setup.*: the first start, before anyone can log in; it does anything only while no staff exists.
    expect(publicOnes.sort()).toEqual(["auth.login", "auth.me", "setup.createFirstCity", "setup.status"]);
  });

  it("refuses anonymous callers", async () => {
    const { caller } = await browserCaller(db);
    await expect(caller.counter.flows()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "ログインしてください。",
    });
  });

  it("refuses studio.flows.save to a counter clerk", async () => {
    const { city, shimin } = await createTestCity(db);
    const flow = await createTestFlow(db, { municipalityId: city.id });
    const clerk = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["counter_clerk"],
      departmentId: shimin.id,
    });
    const caller = await callerFor(db, clerk);
    await expect(
      caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft: testDraft("書き換え") }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "この操作を行う権限がありません。" });
  });
});
