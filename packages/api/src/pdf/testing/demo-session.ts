import { readFileSync } from "node:fs";
import { createDepartment, createFlow, type Db, putFormAsset } from "@kakanai/db";
import { demoDepartments, demoFlows, demoFormAssets, demoForms } from "@kakanai/demo-city";
import type { Answers } from "@kakanai/engine";
import { inspectFormPdf } from "@kakanai/pdf";
import { callerFor, cookieName } from "../../../test/caller";
import { createTestCity, createTestStaff, testPassword } from "../../../test/factories";
import { loginStaff } from "../../auth/login-staff";
import type { AuthUser } from "../../auth-user";
import { createContext } from "../../context";
import type { Role } from "../../roles";
import { publishFlow } from "../../studio/publish-flow";

/**
 * A finished (判定済み) session of one of the demo city's flows in a fresh test city with all demo
 * departments and base PDFs: published, answered key by key through counter.answer, then
 * counter.finish, as at the counter.
 */
export async function finishedDemoSession(
  db: Db,
  params: { flowKey: string; answers: Answers; roles: Role[] },
) {
  const { bundleId, ...test } = await publishedDemoFlow(db, { flowKey: params.flowKey });
  const clerk = await createTestStaff(db, {
    municipalityId: test.city.id,
    roles: params.roles,
    departmentId: test.shimin.id,
  });
  const caller = await callerFor(db, clerk);
  const { sessionId } = await caller.counter.start({ bundleId });
  let revision = 0;
  for (const [path, value] of Object.entries(params.answers))
    revision = (await caller.counter.answer({ sessionId, path, value: value as never, revision })).revision;
  const { determination } = await caller.counter.finish({ sessionId });
  return { ...test, clerk, caller, sessionId, determination };
}

/** One demo flow published (v1) in a fresh test city with all demo departments and base PDFs. */
export async function publishedDemoFlow(db: Db, params: { flowKey: string }) {
  const test = await createTestCity(db);
  const deptIds = new Map([
    ["shimin", test.shimin.id],
    ["kodomo", test.kodomo.id],
  ]);
  for (const [i, d] of demoDepartments.entries()) {
    if (deptIds.has(d.key)) continue;
    const row = await createDepartment(db, { municipalityId: test.city.id, ...d, sortOrder: i + 1 });
    deptIds.set(d.key, row.id);
  }
  await putDemoFormAssets(db, { municipalityId: test.city.id });
  const demo = demoFlows.find((f) => f.key === params.flowKey);
  if (!demo) throw new Error(`demo flow ${params.flowKey} not found`);
  const formKeys = new Set(demo.flow.procedures.flatMap((p) => (p.forms ?? []).map((r) => r.formKey)));
  const flow = await createFlow(db, {
    municipalityId: test.city.id,
    key: demo.key,
    title: demo.title,
    kind: demo.kind,
    ownerDepartmentId: deptIds.get(demo.ownerDepartmentKey) ?? null,
    draft: { ...demo.flow, forms: demoForms.filter((f) => formKeys.has(f.key)) },
  });
  const { bundleId } = await publishFlow(db, { flowId: flow.id, by: null });
  return { ...test, deptIds, bundleId };
}

/** The demo city's base PDFs, uploaded for this test city (publishing refuses forms without them). */
export async function putDemoFormAssets(db: Db, params: { municipalityId: string }) {
  for (const asset of demoFormAssets) {
    const bytes = readFileSync(asset.path);
    const { pageCount } = await inspectFormPdf(bytes);
    await putFormAsset(db, {
      municipalityId: params.municipalityId,
      bytes,
      fileName: asset.fileName,
      pageCount,
    });
  }
}

/** The logged-in user as a route handler sees it (real login, real cookie). */
export async function userFor(db: Db, loginId: string): Promise<AuthUser> {
  const { token } = await loginStaff(db, {
    loginId,
    password: testPassword,
    address: null,
    previousTokenHash: null,
  });
  const headers = new Headers({ cookie: `${cookieName}=${token}` });
  const ctx = await createContext({ db, headers, resHeaders: new Headers(), cookieName });
  const user = await ctx.loadUser();
  if (!user) throw new Error("login did not produce a user");
  return user;
}
