import { schema } from "@kakanai/db";
import type { Rule } from "@kakanai/engine";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";

const db = useTestDb();

async function studioSetup() {
  const { city, shimin } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id, ownerDepartmentId: shimin.id });
  const publisher = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["publisher"],
    name: "公開 太郎",
  });
  return { city, flow, caller: await callerFor(db, publisher) };
}

describe("studio.flows", () => {
  it("status tells a second admin who saved the draft and which version is published, without the draft", async () => {
    const { city, flow, caller } = await studioSetup();
    const other = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["publisher"],
      name: "別 花子",
    });
    const otherCaller = await callerFor(db, other);
    const before = await otherCaller.studio.flows.status({ flowId: flow.id });
    expect(before).toMatchObject({ draftVersion: 1, latestSeq: null, updatedByMe: false, othersEditing: [] });
    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft: testDraft("版A") });
    await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 2 });
    const seenByOther = await otherCaller.studio.flows.status({ flowId: flow.id });
    expect(seenByOther).toMatchObject({
      draftVersion: 2,
      latestSeq: 1,
      updatedByName: "公開 太郎",
      updatedByMe: false,
    });
    expect(seenByOther).not.toHaveProperty("draft");
    // Each poll is a heartbeat: both now see the other one editing, never themselves.
    expect(await caller.studio.flows.status({ flowId: flow.id })).toMatchObject({
      updatedByMe: true,
      othersEditing: ["別 花子"],
    });
    expect(await otherCaller.studio.flows.status({ flowId: flow.id })).toMatchObject({
      othersEditing: ["公開 太郎"],
    });
  });

  it("refuses a stale save with the Japanese conflict message and keeps the newer draft", async () => {
    const { flow, caller } = await studioSetup();
    await expect(
      caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft: testDraft("版A") }),
    ).resolves.toEqual({
      draftVersion: 2,
    });
    await expect(
      caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft: testDraft("版B") }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "他の人がこのフローを更新しました。再読み込みしてから編集してください。",
    });
    const detail = await caller.studio.flows.get({ flowId: flow.id });
    expect(detail.draft.flow.title).toBe("版A");
    expect(detail.draftVersion).toBe(2);
    expect(detail.departments.map((d) => d.key)).toEqual(["shimin", "kodomo"]);
  });

  it("publishes seq 1 then 2 with different hashes and leaves the first bundle as it was", async () => {
    const { flow, caller } = await studioSetup();
    const first = await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 1 });
    expect(first.seq).toBe(1);
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [before] = await db
      .select()
      .from(schema.bundles)
      .where(eq(schema.bundles.contentHash, first.contentHash));

    await caller.studio.flows.save({
      flowId: flow.id,
      expectedVersion: 1,
      draft: testDraft("住民異動（改訂）"),
    });
    const second = await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 2 });
    expect(second.seq).toBe(2);
    expect(second.contentHash).not.toBe(first.contentHash);

    const [after] = await db
      .select()
      .from(schema.bundles)
      .where(eq(schema.bundles.id, before?.id ?? ""));
    expect(after).toEqual(before);
    const document = after?.document as { schemaVersion: number; departments: unknown[] } | undefined;
    expect(document?.schemaVersion).toBe(1);
    expect(document?.departments).toHaveLength(2);

    const list = await caller.studio.flows.bundles({ flowId: flow.id });
    expect(list.map((b) => [b.seq, b.publishedBy])).toEqual([
      [2, "公開 太郎"],
      [1, "公開 太郎"],
    ]);
    const flows = await caller.studio.flows.list();
    expect(flows).toEqual([expect.objectContaining({ id: flow.id, latestSeq: 2, draftVersion: 2 })]);
  });

  it("lists whether the saved draft has unpublished changes, by content rather than by save count", async () => {
    const { city, flow, caller } = await studioSetup();
    const listed = async () => (await caller.studio.flows.list())[0];
    expect(await listed()).toMatchObject({ latestSeq: null, unpublishedChanges: true });
    await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 1 });
    expect(await listed()).toMatchObject({ latestSeq: 1, unpublishedChanges: false });
    const original = (await caller.studio.flows.get({ flowId: flow.id })).draft;
    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft: testDraft("改訂") });
    expect(await listed()).toMatchObject({ latestSeq: 1, draftVersion: 2, unpublishedChanges: true });
    // Saved back as it was: a new draft version, but nothing to publish.
    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 2, draft: original as never });
    expect(await listed()).toMatchObject({ latestSeq: 1, draftVersion: 3, unpublishedChanges: false });
    // A department added to the city since is not a change of this draft.
    await db.insert(schema.departments).values({ municipalityId: city.id, key: "zeimu", name: "税務課" });
    expect(await listed()).toMatchObject({ unpublishedChanges: false });
  });

  it("refuses an invalid draft with the issues listed", async () => {
    const { flow, caller } = await studioSetup();
    await db
      .update(schema.flows)
      // Not a valid draft (the studio's save would refuse it): raw JSON, past the column's type.
      .set({ draft: sql`${JSON.stringify({ ...testDraft(), procedures: [{ key: "P01" }] })}::jsonb` })
      .where(eq(schema.flows.id, flow.id));
    const error = await caller.studio.flows
      .publish({ flowId: flow.id, expectedVersion: 1 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("procedures") });
    expect(await caller.studio.flows.bundles({ flowId: flow.id })).toEqual([]);
  });

  it("refuses to publish when the flow's own tests fail, naming the test", async () => {
    const { flow, caller } = await studioSetup();
    const draft = {
      ...testDraft(),
      procedures: testDraft().procedures.map((p) =>
        p.key === "P15" ? { ...p, rule: { var: "moveDate" } } : p,
      ),
      tests: [{ name: "転入で児童手当", answers: {}, expectProcedures: ["P01", "P15"] }],
    };
    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft });
    const error = await caller.studio.flows
      .publish({ flowId: flow.id, expectedVersion: 2 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: "公開できません。フローの問題を修正してください。",
      cause: {
        issues: [
          {
            path: "tests[0]",
            message: "フローテスト「転入で児童手当」が失敗しました。P15 が判定されませんでした",
          },
        ],
      },
    });
  });

  it("refuses lint errors with their place, and publishes despite lint warnings", async () => {
    const { flow, caller } = await studioSetup();
    const withRule = (rule: Rule) => ({
      ...testDraft(),
      procedures: testDraft().procedures.map((p) => (p.key === "P15" ? { ...p, rule } : p)),
    });
    await caller.studio.flows.save({
      flowId: flow.id,
      expectedVersion: 1,
      draft: withRule({ var: "nothing" }),
    });
    const error = await caller.studio.flows
      .publish({ flowId: flow.id, expectedVersion: 2 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      cause: {
        issues: [
          { path: "procedures[1].rule", message: "回答「nothing」を参照していますが、その質問がありません" },
        ],
      },
    });
    const loose = withRule({ "==": [{ var: "moveDate" }, "2026-04-01"] });
    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 2, draft: loose });
    const published = await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 3 });
    expect(published.seq).toBe(1);
    const noForm = expect.stringContaining("申請書がありません");
    expect(published.warnings).toEqual([
      { path: "procedures[0].forms", message: noForm },
      { path: "procedures[1].rule", message: expect.stringContaining("=== を使ってください") },
      { path: "procedures[1].forms", message: noForm },
    ]);
  });

  it("hides other cities' flows", async () => {
    const { caller } = await studioSetup();
    const other = await studioSetup();
    await expect(caller.studio.flows.get({ flowId: other.flow.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await caller.studio.flows.list()).map((f) => f.id)).not.toContain(other.flow.id);
  });
});
