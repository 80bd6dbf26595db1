import { randomInt } from "node:crypto";
import {
  countLoginAttempt,
  type Db,
  findBundleId,
  findMunicipalityByName,
  findOnlyMunicipalityId,
  insertPreApplication,
  listLatestBundles,
} from "@kakanai/db";
import {
  type Answers,
  type Bundle,
  formatPreApplicationCode,
  interview,
  japanToday,
  preApplicationAlphabet,
  preApplicationCodeFrom,
  preApplicationCodeLength,
  residentBundle,
  validateStoredAnswers,
} from "@kakanai/engine";
import { cachedBundle } from "../counter/bundle-cache";
import { DomainError } from "../domain-error";

/** How long a pre-application waits for the resident's visit. */
export const preApplicationDays = 7;
/** Submissions per client address per window: a family or a shared line sends a few, a script many. */
export const maxPreApplicationsPerAddress = 10;
export const preApplicationWindowMs = 60 * 60 * 1000;

export const portalMessages = {
  noCity: "事前申請の受付先が設定されていません。市区町村の窓口へお問い合わせください。",
  noFlow: "この手続きは事前申請を受け付けていません。一覧から選び直してください。",
  tooMany:
    "短い時間に多くの事前申請が送られたため、受付を一時的に止めています。1時間ほど待ってからもう一度お試しください。",
  invalid: "回答に不足または誤りがあります。前の画面に戻って確かめてください。",
} as const;

/**
 * The city the public portal serves: the one named in the portal's settings (KAKANAI_PORTAL_CITY;
 * 「A|B」: A if it exists, else B — the e2e run's own copy of the demo city, else the demo city), or
 * the only city of the database. Nothing about the caller decides it (no account, no cookie).
 */
export async function portalMunicipalityId(db: Db, cityName: string | null): Promise<string> {
  if (!cityName) {
    const only = await findOnlyMunicipalityId(db);
    if (!only) throw new DomainError("NOT_FOUND", portalMessages.noCity);
    return only;
  }
  // Several names separated by 「|」 are tried in order: the first city that exists is served.
  for (const name of cityName.split("|")) {
    const row = name.trim() ? await findMunicipalityByName(db, { name: name.trim() }) : null;
    if (row) return row.id;
  }
  throw new DomainError("NOT_FOUND", portalMessages.noCity);
}

/** The questions residents answer, and nothing of the city's procedures, forms or tests. */
function publicPart(bundle: Bundle): Bundle | null {
  const part = residentBundle(bundle);
  return part && { ...part, procedures: [], forms: [], tests: [], print: undefined };
}

export interface ResidentFlowItem {
  bundleId: string;
  title: string;
}

/** The latest published version of every flow that asks residents something. */
export async function listResidentFlows(
  db: Db,
  params: { municipalityId: string },
): Promise<ResidentFlowItem[]> {
  const latest = await listLatestBundles(db, { municipalityId: params.municipalityId });
  const items: ResidentFlowItem[] = [];
  for (const row of latest) {
    const bundle = await cachedBundle(db, { id: row.bundleId, contentHash: row.contentHash });
    if (residentBundle(bundle)) items.push({ bundleId: row.bundleId, title: row.title });
  }
  return items;
}

async function residentPartOf(db: Db, params: { bundleId: string; municipalityId: string }) {
  const ref = await findBundleId(db, params);
  if (!ref) throw new DomainError("NOT_FOUND", portalMessages.noFlow);
  const part = publicPart(await cachedBundle(db, { id: ref.id, contentHash: ref.contentHash }));
  if (!part) throw new DomainError("NOT_FOUND", portalMessages.noFlow);
  return part;
}

/** One flow's resident questions as a bundle the engine runs in the resident's browser. */
export async function residentFlow(db: Db, params: { bundleId: string; municipalityId: string }) {
  const bundle = await residentPartOf(db, params);
  return { bundleId: params.bundleId, title: bundle.flow.title, bundle };
}

/**
 * Stores a resident's answers for their visit and returns the code they bring. Counted per client
 * address first (the login limit's atomic counter, its own key), then checked by the engine against
 * the flow's resident questions: only those keys, each of its type, every required one answered.
 * Stored: the answers, the bundle, the city and the expiry — nothing about who sent them.
 */
export async function submitPreApplication(
  db: Db,
  params: { bundleId: string; municipalityId: string; answers: Answers; address: string | null; now: Date },
): Promise<{ code: string; display: string; expiresAt: Date }> {
  const key = `preapply:${params.address ?? "unknown"}`;
  const counts = await countLoginAttempt(db, {
    keys: [key],
    now: params.now,
    windowMs: preApplicationWindowMs,
  });
  if ((counts.get(key) ?? 0) > maxPreApplicationsPerAddress)
    throw new DomainError("TOO_MANY_REQUESTS", portalMessages.tooMany);

  const bundle = await residentPartOf(db, params);
  const issues = validateStoredAnswers(bundle, params.answers, { today: japanToday(params.now) });
  if (issues.length > 0) throw new DomainError("BAD_REQUEST", portalMessages.invalid, issues);
  const state = interview(bundle, params.answers);
  const errors = Object.entries(state.errors).map(([path, message]) => ({ path, message }));
  if (errors.length > 0) throw new DomainError("BAD_REQUEST", portalMessages.invalid, errors);
  if (!state.done)
    throw new DomainError("BAD_REQUEST", portalMessages.invalid, [
      {
        path: state.next?.path ?? "",
        message: `「${state.next?.question.label ?? ""}」に回答してください。`,
      },
    ]);

  const expiresAt = new Date(params.now.getTime() + preApplicationDays * 24 * 60 * 60 * 1000);
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = preApplicationCodeFrom(
      Array.from({ length: preApplicationCodeLength }, () => randomInt(preApplicationAlphabet.length)),
    );
    const stored = await insertPreApplication(db, {
      code: code.slice(0, preApplicationCodeLength),
      municipalityId: params.municipalityId,
      bundleId: params.bundleId,
      answers: params.answers,
      expiresAt,
    });
    if (stored) return { code, display: formatPreApplicationCode(code), expiresAt };
  }
  throw new Error("no free pre-application code after 5 draws");
}
