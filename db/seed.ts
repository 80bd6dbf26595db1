/**
 * Loads the demo city 東雲市: departments, staff, form PDFs, flows, and publishes each flow as v1.
 *   npx tsx db/seed.ts            (uses DATABASE_URL)
 */
import { readFileSync } from "node:fs";
import { hashPassword, publishFlow } from "@kakanai/api";
import {
  createDb,
  createDepartment,
  createFlow,
  createMunicipality,
  createStaff,
  type Db,
  findMunicipalityByName,
  putFormAsset,
} from "@kakanai/db";
import {
  DEMO_MUNICIPALITY,
  DEMO_PASSWORD,
  demoAccounts,
  demoDepartments,
  demoFlows,
  demoFormAssets,
  demoForms,
} from "@kakanai/demo-city";
import { PDFDocument } from "@pdfme/pdf-lib";

export interface SeedOptions {
  municipalityName?: string;
  /** Prefix for login ids, so several copies of the demo city can live in one database (tests). */
  loginPrefix?: string;
}

/** Seeds the demo city unless a municipality of that name exists. Returns whether it seeded. */
export async function seedDemoCityOnce(url: string): Promise<boolean> {
  const db = createDb(url, { maxConnections: 2 });
  try {
    if (await findMunicipalityByName(db, { name: DEMO_MUNICIPALITY })) return false;
    await seedDemoCity(db);
    return true;
  } finally {
    await db.$client.end();
  }
}

// scrypt at N = 2^17 costs 0.3 s or more: one hash of the demo password per process, however many
// demo cities a test run seeds.
let demoPasswordHash: Promise<string> | undefined;

/** One transaction: a failed seed leaves nothing behind, so the next start seeds again. */
export async function seedDemoCity(db: Db, opts: SeedOptions = {}) {
  const prefix = opts.loginPrefix ?? "";
  return db.transaction(async (tx) => {
    const city = await createMunicipality(tx, { name: opts.municipalityName ?? DEMO_MUNICIPALITY });
    const deptIds = new Map<string, string>();
    for (const [i, d] of demoDepartments.entries()) {
      const row = await createDepartment(tx, { municipalityId: city.id, ...d, sortOrder: i });
      deptIds.set(d.key, row.id);
    }
    demoPasswordHash ??= hashPassword(DEMO_PASSWORD);
    const passwordHash = await demoPasswordHash;
    const staffIds = new Map<string, string>();
    for (const a of demoAccounts) {
      const row = await createStaff(tx, {
        municipalityId: city.id,
        loginId: prefix + a.loginId,
        name: a.name,
        passwordHash,
        roles: a.roles,
        departmentId: deptIds.get(a.departmentKey) ?? null,
      });
      staffIds.set(a.loginId, row.id);
    }
    for (const asset of demoFormAssets) {
      const bytes = readFileSync(asset.path);
      const pageCount = (await PDFDocument.load(bytes)).getPageCount();
      await putFormAsset(tx, { municipalityId: city.id, bytes, fileName: asset.fileName, pageCount });
    }
    const flowIds: Record<string, string> = {};
    for (const f of demoFlows) {
      const formKeys = new Set(f.flow.procedures.flatMap((p) => (p.forms ?? []).map((r) => r.formKey)));
      const draft = { ...f.flow, forms: demoForms.filter((form) => formKeys.has(form.key)) };
      const row = await createFlow(tx, {
        municipalityId: city.id,
        key: f.key,
        title: f.title,
        kind: f.kind,
        ownerDepartmentId: deptIds.get(f.ownerDepartmentKey) ?? null,
        draft,
      });
      await publishFlow(tx, { flowId: row.id, by: staffIds.get("admin") ?? "" });
      flowIds[f.key] = row.id;
    }
    return { municipalityId: city.id, flowIds, loginPrefix: prefix };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL を設定してください。");
  const seeded = await seedDemoCityOnce(url);
  console.log(seeded ? "東雲市を登録しました。" : "東雲市は登録済みです。");
}
