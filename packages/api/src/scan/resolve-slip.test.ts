import { createFlow, saveSessionDetermination, schema } from "@kakanai/db";
import type { Determination } from "@kakanai/engine";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { signSlipCode } from "../qr-token";
import type { FlowDraftInput } from "../studio/flow-draft";
import { publishFlow } from "../studio/publish-flow";
import { slipMessages } from "./check-slip-code";

const db = useTestDb();
const inAWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);

const procedure = (key: string, departmentKey: string, members: number[]) => ({
  key,
  title: key,
  departmentKey,
  reasons: [],
  members,
  deadline: null,
  itemsToBring: [],
  forms: [],
});
// Written directly (as finish would store it) so this test does not depend on the engine's rules.
const determination: Determination = {
  referenceDate: "2025-04-01",
  procedures: [procedure("P01", "shimin", [0, 1]), procedure("P15", "kodomo", [1])],
  departments: [],
};

async function determinedSession() {
  const { city, shimin, kodomo } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id });
  const { bundleId } = await publishFlow(db, { flowId: flow.id, by: null });
  const clerk = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["counter_clerk"],
    departmentId: shimin.id,
  });
  const counter = await callerFor(db, clerk);
  const { sessionId } = await counter.counter.start({ bundleId });
  const members = [
    { name: "山田 太郎", kana: "ヤマダ タロウ", birthDate: "1985-05-05" },
    { name: "山田 花子", kana: "ヤマダ ハナコ", birthDate: "2019-05-01" },
  ];
  await counter.counter.answer({ sessionId, path: "members", value: members, revision: 0 });
  await saveSessionDetermination(db, { sessionId, determination });
  const kodomoClerk = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["department_clerk"],
    departmentId: kodomo.id,
  });
  return { city, sessionId, scanner: await callerFor(db, kodomoClerk), kodomoClerk };
}

/** A 出生 slip: the people of that flow are the baby (print.persons), not a group of members. */
async function birthSession() {
  const { city, shimin, kodomo } = await createTestCity(db);
  const draft: FlowDraftInput = {
    flow: { key: "shussei", kind: "shussei", title: "出生", referenceDate: { var: "baby.birthDate" } },
    questions: [
      { id: "b1", key: "baby.name", kind: "text", label: "赤ちゃんの氏名" },
      { id: "b2", key: "baby.kana", kind: "kana", label: "赤ちゃんのフリガナ" },
      { id: "b3", key: "baby.birthDate", kind: "date", label: "生まれた日" },
    ],
    computed: [],
    procedures: [{ key: "P16", title: "子ども医療費助成", departmentKey: "kodomo", rule: true, forms: [] }],
    forms: [],
    tests: [],
    print: { persons: [{ var: "baby" }], household: {}, person: {} },
  };
  const flow = await createFlow(db, {
    municipalityId: city.id,
    key: "shussei",
    title: "出生",
    kind: "shussei",
    ownerDepartmentId: null,
    draft,
  });
  const { bundleId } = await publishFlow(db, { flowId: flow.id, by: null });
  const clerk = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["counter_clerk"],
    departmentId: shimin.id,
  });
  const counter = await callerFor(db, clerk);
  const { sessionId } = await counter.counter.start({ bundleId });
  const answers: [string, string][] = [
    ["baby.name", "東雲 陽"],
    ["baby.kana", "シノノメ ヒナタ"],
    ["baby.birthDate", "2019-05-01"],
  ];
  for (const [revision, [path, value]] of answers.entries())
    await counter.counter.answer({ sessionId, path, value, revision });
  const birth: Determination = {
    referenceDate: "2019-05-01",
    procedures: [procedure("P16", "kodomo", [0])],
    departments: [],
  };
  await saveSessionDetermination(db, { sessionId, determination: birth });
  const kodomoClerk = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["department_clerk"],
    departmentId: kodomo.id,
  });
  return { city, sessionId, scanner: await callerFor(db, kodomoClerk) };
}

describe("scan.resolve", () => {
  it("names the baby as the person of a 出生 slip", async () => {
    const { city, sessionId, scanner } = await birthSession();
    const code = signSlipCode({ sessionId, expiresAt: inAWeek(), secret: city.qrSecret });
    const result = await scanner.scan.resolve({ code });
    expect(result.members).toEqual([
      { index: 0, name: "東雲 陽", kana: "シノノメ ヒナタ", birthDateWareki: "令和元年5月1日" },
    ]);
  });

  it("shows a こども育成課 clerk only kodomo procedures and their members, and records the linkage", async () => {
    const { city, sessionId, scanner, kodomoClerk } = await determinedSession();
    const code = signSlipCode({ sessionId, expiresAt: inAWeek(), secret: city.qrSecret });
    const result = await scanner.scan.resolve({ code });
    expect(result.department).toEqual({ key: "kodomo", name: "こども育成課", counter: "2階 25番" });
    expect(result.procedures.map((p) => p.key)).toEqual(["P15"]);
    expect(result.members).toEqual([
      {
        index: 1,
        name: "山田 花子",
        kana: "ヤマダ ハナコ",
        birthDateWareki: expect.stringContaining("令和元年"),
      },
    ]);
    expect(result).toMatchObject({ receptionNumber: "A-0001", flowTitle: "住民異動" });

    const again = await scanner.scan.resolve({ code });
    expect(again.linkId).toBe(result.linkId);
    const links = await db
      .select()
      .from(schema.sessionEvents)
      .where(and(eq(schema.sessionEvents.sessionId, sessionId), eq(schema.sessionEvents.type, "linked")));
    expect(links).toEqual([
      expect.objectContaining({ id: result.linkId, departmentKey: "kodomo", staffId: kodomoClerk.id }),
    ]);
    const audits = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.target, sessionId), eq(schema.auditLog.action, "slip.resolve")));
    expect(audits).toHaveLength(2);
  });

  it("refuses forged, altered, expired, unknown, malformed and other-city codes with distinct messages", async () => {
    const { city, sessionId, scanner } = await determinedSession();
    const other = await determinedSession();
    const sign = (params: { sessionId?: string; expiresAt?: Date; secret?: string }) =>
      signSlipCode({
        sessionId: params.sessionId ?? sessionId,
        expiresAt: params.expiresAt ?? inAWeek(),
        secret: params.secret ?? city.qrSecret,
      });
    const refusal = (code: string) =>
      scanner.scan.resolve({ code }).catch((e: { code: string; message: string }) => [e.code, e.message]);

    expect(await refusal(sign({ secret: "guessed" }))).toEqual(["BAD_REQUEST", slipMessages.forged]);
    const genuine = sign({}).split(".");
    const altered = [
      genuine[0],
      genuine[1],
      sign({ expiresAt: new Date("2099-01-01") }).split(".")[2],
      genuine[3],
    ].join(".");
    expect(await refusal(altered)).toEqual(["BAD_REQUEST", slipMessages.forged]);
    expect(await refusal(sign({ expiresAt: new Date(Date.now() - 1000) }))).toEqual([
      "BAD_REQUEST",
      slipMessages.expired,
    ]);
    expect(await refusal(sign({ sessionId: crypto.randomUUID() }))).toEqual([
      "BAD_REQUEST",
      slipMessages.unknown,
    ]);
    expect(await refusal("not a slip")).toEqual(["BAD_REQUEST", slipMessages.malformed]);
    const otherCode = signSlipCode({
      sessionId: other.sessionId,
      expiresAt: inAWeek(),
      secret: other.city.qrSecret,
    });
    expect(await refusal(otherCode)).toEqual(["BAD_REQUEST", slipMessages.otherCity]);
    expect(new Set(Object.values(slipMessages)).size).toBe(5);
  });
});
