import { findFlowRow, listFlowSummaries } from "@kakanai/db";
import { parseBundle, runFlowTests } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";

const db = useTestDb();

async function setup(
  roles: ("dept_admin" | "publisher" | "counter_clerk")[],
  department: "shimin" | "kodomo" = "kodomo",
) {
  const c = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: c.city.id, ownerDepartmentId: c.shimin.id });
  const staff = await createTestStaff(db, {
    municipalityId: c.city.id,
    roles,
    departmentId: c[department].id,
  });
  return { ...c, flow, caller: await callerFor(db, staff) };
}
const keys = async (municipalityId: string) =>
  (await listFlowSummaries(db, { municipalityId })).map((f) => f.key);

describe("studio.flowAdmin.create / duplicate", () => {
  it("creates a flow from scratch in the caller's city that publishes and opens in the editor", async () => {
    const s = await setup(["dept_admin"]);
    const created = await s.caller.studio.flowAdmin.create({
      title: "原付の登録",
      kind: "jumin-idou",
      ownerDepartmentKey: "kodomo",
    });
    expect(created).toMatchObject({ key: "jumin-idou-2", title: "原付の登録" });
    const detail = await s.caller.studio.flows.get({ flowId: created.id });
    expect(detail).toMatchObject({ kind: "jumin-idou", draftVersion: 1 });
    expect(detail.draft.flow).toMatchObject({ key: "jumin-idou-2", title: "原付の登録" });
    const row = await findFlowRow(db, { flowId: created.id, municipalityId: s.city.id });
    expect(row?.ownerDepartmentId).toBe(s.kodomo.id);
    // A blank flow is a valid bundle: the owner can add to it and publish.
    expect(() =>
      parseBundle({ ...detail.draft, schemaVersion: 1, departments: detail.departments }),
    ).not.toThrow();
    // Another city sees nothing of it.
    const other = await setup(["publisher"]);
    await expect(other.caller.studio.flows.get({ flowId: created.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await keys(other.city.id)).toEqual(["jumin-idou"]);
  });

  it("lets a department admin create and copy only into their own department; a clerk not at all", async () => {
    const s = await setup(["dept_admin"]);
    await expect(
      s.caller.studio.flowAdmin.create({
        title: "他課のフロー",
        kind: "shoumei",
        ownerDepartmentKey: "shimin",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(s.caller.studio.flowAdmin.owners()).resolves.toEqual([
      { key: "kodomo", name: "こども育成課" },
    ]);
    const copy = await s.caller.studio.flowAdmin.duplicate({ flowId: s.flow.id });
    expect(copy).toMatchObject({ key: "jumin-idou-2", title: "住民異動（コピー）" });
    const row = await findFlowRow(db, { flowId: copy.id, municipalityId: s.city.id });
    expect(row?.ownerDepartmentId).toBe(s.kodomo.id);
    expect(row?.draft.procedures.map((p) => p.key)).toEqual(["P01", "P15"]);
    expect(row?.draft.flow.key).toBe("jumin-idou-2");

    const clerk = await setup(["counter_clerk"]);
    await expect(
      clerk.caller.studio.flowAdmin.create({ title: "x", kind: "shoumei", ownerDepartmentKey: "kodomo" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(clerk.caller.studio.flowAdmin.duplicate({ flowId: clerk.flow.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // A flow of another city cannot be copied: not found, and nothing is created.
    await expect(s.caller.studio.flowAdmin.duplicate({ flowId: clerk.flow.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await keys(clerk.city.id)).toEqual(["jumin-idou"]);
  });
});

describe("studio.flowAdmin.exportBundle / importBundle", () => {
  it("exports the bundle the CLI runs and imports it back as a new flow", async () => {
    const s = await setup(["publisher"]);
    const exported = await s.caller.studio.flowAdmin.exportBundle({ flowId: s.flow.id });
    expect(exported.fileName).toBe("jumin-idou.json");
    expect(exported.bundle).toMatchObject({ schemaVersion: 1, flow: { key: "jumin-idou" } });
    expect(exported.bundle.departments.map((d) => d.key)).toEqual(["shimin", "kodomo"]);
    const text = JSON.stringify(exported.bundle, null, 2);
    expect(runFlowTests(parseBundle(JSON.parse(text)))).toEqual([]);

    const imported = await s.caller.studio.flowAdmin.importBundle({ text, ownerDepartmentKey: "shimin" });
    expect(imported).toMatchObject({ key: "jumin-idou-2", title: "住民異動", warnings: [] });
    const again = await s.caller.studio.flowAdmin.exportBundle({ flowId: imported.id });
    expect({ ...again.bundle, flow: { ...again.bundle.flow, key: "jumin-idou" } }).toEqual(exported.bundle);
  });

  const refused: [string, string, RegExp][] = [
    ["not JSON", "{ これは JSON ではありません", /JSONとして読み取れない/],
    ["empty", "  ", /ファイルが空です/],
    [
      "a newer schemaVersion",
      JSON.stringify({ schemaVersion: 2, flow: {} }),
      /schemaVersion: 2.*対応していません/,
    ],
    ["no schemaVersion", JSON.stringify({ flow: { key: "x" } }), /バンドルが正しくありません/],
    [
      "a wrong field",
      JSON.stringify({
        schemaVersion: 1,
        flow: { key: "x", kind: "jumin-idou", title: "x", referenceDate: null },
        departments: [],
        questions: [],
        procedures: [{ key: "P01" }],
        forms: [],
      }),
      /procedures\[0\]\.title/,
    ],
  ];
  it.each(refused)("refuses %s with 400 in Japanese and stores nothing", async (_what, text, message) => {
    const s = await setup(["publisher"]);
    const error = await s.caller.studio.flowAdmin
      .importBundle({ text, ownerDepartmentKey: "shimin" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
    expect(await keys(s.city.id)).toEqual(["jumin-idou"]);
  });

  it("warns about departments and form PDFs the city lacks, and is for studio roles only", async () => {
    const s = await setup(["publisher"]);
    const { bundle } = await s.caller.studio.flowAdmin.exportBundle({ flowId: s.flow.id });
    const foreign = {
      ...bundle,
      procedures: [...bundle.procedures, { ...bundle.procedures[0], key: "P40", departmentKey: "zeimu" }],
      departments: [...bundle.departments, { key: "zeimu", name: "税務課", counter: "" }],
      forms: [
        {
          key: "F40",
          title: "申告書",
          departmentKey: "shimin",
          basePdfSha256: "a".repeat(64),
          pageCount: 1,
          fields: [],
        },
      ],
    };
    const imported = await s.caller.studio.flowAdmin.importBundle({
      text: JSON.stringify(foreign),
      ownerDepartmentKey: "shimin",
    });
    expect(imported.warnings).toEqual([
      "部署「税務課」（zeimu）がこの市区町村にありません。公開する前に担当課を選び直してください。",
      "様式「F40 申告書」の元のPDFがこの市区町村にありません。公開する前にPDFを差し替えてください。",
    ]);
    const clerk = await setup(["counter_clerk"]);
    await expect(clerk.caller.studio.flowAdmin.exportBundle({ flowId: clerk.flow.id })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(
      clerk.caller.studio.flowAdmin.importBundle({
        text: JSON.stringify(bundle),
        ownerDepartmentKey: "shimin",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await keys(clerk.city.id)).toEqual(["jumin-idou"]);
  });
});

describe("studio.flowAdmin.importIntoDraft", () => {
  it("makes a bundle file the existing flow's draft, keeping its key; a stale version or another department's change to it is refused", async () => {
    const s = await setup(["dept_admin"], "shimin");
    const { bundle } = await s.caller.studio.flowAdmin.exportBundle({ flowId: s.flow.id });
    const edited = { ...bundle, flow: { ...bundle.flow, key: "other-key", title: "住民異動（改訂版）" } };
    const text = JSON.stringify(edited);

    const result = await s.caller.studio.flowAdmin.importIntoDraft({
      flowId: s.flow.id,
      expectedVersion: 1,
      text,
    });
    expect(result).toEqual({ draftVersion: 2, warnings: [] });
    const row = await findFlowRow(db, { flowId: s.flow.id, municipalityId: s.city.id });
    expect(row).toMatchObject({ key: "jumin-idou", title: "住民異動（改訂版）", draftVersion: 2 });
    expect(row?.draft.flow.key).toBe("jumin-idou");
    expect(await keys(s.city.id)).toEqual(["jumin-idou"]);

    // Someone saved since version 1 was read: refused, the draft stays as it is.
    await expect(
      s.caller.studio.flowAdmin.importIntoDraft({ flowId: s.flow.id, expectedVersion: 1, text }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/他の人がこのフローを更新しました/),
    });
    // A malformed file changes nothing either.
    await expect(
      s.caller.studio.flowAdmin.importIntoDraft({ flowId: s.flow.id, expectedVersion: 2, text: "{" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await findFlowRow(db, { flowId: s.flow.id, municipalityId: s.city.id }))?.draftVersion).toBe(2);

    // Another department's admin may not change 市民課's parts through a file (here the flow's title,
    // a flow-level setting); the same file as the draft changes nothing of 市民課's and passes.
    const kodomo = await createTestStaff(db, {
      municipalityId: s.city.id,
      roles: ["dept_admin"],
      departmentId: s.kodomo.id,
    });
    const retitled = JSON.stringify({
      ...edited,
      flow: { ...edited.flow, title: "住民異動（こども育成課案）" },
    });
    await expect(
      (await callerFor(db, kodomo)).studio.flowAdmin.importIntoDraft({
        flowId: s.flow.id,
        expectedVersion: 2,
        text: retitled,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await findFlowRow(db, { flowId: s.flow.id, municipalityId: s.city.id }))?.title).toBe(
      "住民異動（改訂版）",
    );
  });
});
