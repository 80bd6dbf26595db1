import { randomBytes } from "node:crypto";
import {
  createIntegrationToken,
  type Db,
  insertAudit,
  listCompletedReceptions,
  listIntegrationTokens,
  revokeIntegrationToken,
  useIntegrationToken,
} from "@kakanai/db";
import { HANDOFF_RECORD_VERSION, type HandoffRecord, handoffCsv, handoffRecord } from "@kakanai/engine";
import { tokenHash } from "../auth/token-hash";
import type { AuthUser } from "../auth-user";
import { cachedBundle } from "../counter/bundle-cache";
import { DomainError, notFound } from "../domain-error";

/** At most this many receptions per call: a system that needs more asks again from the last one. */
export const handoffLimit = 1000;
const dayMs = 24 * 60 * 60 * 1000;

export interface HandoffQuery {
  /** Days in Japan (YYYY-MM-DD), inclusive, of the completion. */
  fromDay: string;
  toDay: string;
  format: "json" | "csv";
}

export interface HandoffExport {
  recordVersion: string;
  fromDay: string;
  toDay: string;
  /** True when there were more than handoffLimit: narrow the period and ask again. */
  truncated: boolean;
  receptions: HandoffRecord[];
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The completed receptions of a period as records (residents' data: the caller audits the read). */
export async function handoffExport(
  db: Db,
  params: { municipalityId: string; fromDay: string; toDay: string },
): Promise<HandoffExport> {
  if (!dayPattern.test(params.fromDay) || !dayPattern.test(params.toDay))
    throw new DomainError("BAD_REQUEST", "期間は from=YYYY-MM-DD&to=YYYY-MM-DD で指定してください。");
  if (params.fromDay > params.toDay)
    throw new DomainError("BAD_REQUEST", "期間の終わりは始まり以降の日付にしてください。");
  const from = new Date(`${params.fromDay}T00:00:00+09:00`);
  const until = new Date(new Date(`${params.toDay}T00:00:00+09:00`).getTime() + dayMs);
  if (Number.isNaN(from.getTime()) || Number.isNaN(until.getTime()))
    throw new DomainError("BAD_REQUEST", "期間の日付が正しくありません。");
  const rows = await listCompletedReceptions(db, {
    municipalityId: params.municipalityId,
    from,
    until,
    limit: handoffLimit + 1,
  });
  const receptions: HandoffRecord[] = [];
  for (const row of rows.slice(0, handoffLimit)) {
    const bundle = await cachedBundle(db, row.bundle);
    receptions.push(
      handoffRecord(bundle, row.answers, {
        receptionId: row.id,
        receptionNumber: row.receptionNumber,
        receptionDate: row.receptionDate,
        completedAt: row.completedAt ?? new Date(0),
        bundleSeq: row.bundle.seq,
      }),
    );
  }
  return {
    recordVersion: HANDOFF_RECORD_VERSION,
    fromDay: params.fromDay,
    toDay: params.toDay,
    truncated: rows.length > handoffLimit,
    receptions,
  };
}

/** The export as the file a system admin downloads: JSON (the envelope above) or CSV. Audited. */
export async function handoffFile(
  db: Db,
  params: { user: AuthUser; query: HandoffQuery },
): Promise<{ fileName: string; content: string; count: number; truncated: boolean }> {
  const data = await handoffExport(db, { municipalityId: params.user.municipalityId, ...params.query });
  await insertAudit(db, {
    municipalityId: params.user.municipalityId,
    staffId: params.user.id,
    action: "handoff.export",
    target: params.user.municipalityId,
    detail: { ...params.query, count: data.receptions.length },
  });
  const base = `kakanai-handoff-v${HANDOFF_RECORD_VERSION}_${params.query.fromDay}_${params.query.toDay}`;
  return params.query.format === "csv"
    ? {
        fileName: `${base}.csv`,
        content: handoffCsv(data.receptions),
        count: data.receptions.length,
        truncated: data.truncated,
      }
    : {
        fileName: `${base}.json`,
        content: `${JSON.stringify(data, null, 2)}\n`,
        count: data.receptions.length,
        truncated: data.truncated,
      };
}

/**
 * GET /api/handoff?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv] with `Authorization: Bearer <token>`:
 * the 基幹系's read. Each read is an audit row naming the token (system), never personal data.
 */
export async function handoffResponse(
  db: Db,
  params: { authorization: string | null; url: URL },
): Promise<Response> {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(params.authorization ?? "");
  const token = match?.[1]
    ? await useIntegrationToken(db, { tokenHash: tokenHash(match[1]), now: new Date() })
    : null;
  if (!token)
    return text(401, "連携用トークンが正しくないか、無効になっています。", { "WWW-Authenticate": "Bearer" });
  const fromDay = params.url.searchParams.get("from") ?? "";
  const toDay = params.url.searchParams.get("to") ?? fromDay;
  const format = params.url.searchParams.get("format") === "csv" ? "csv" : "json";
  try {
    const data = await handoffExport(db, { municipalityId: token.municipalityId, fromDay, toDay });
    await insertAudit(db, {
      municipalityId: token.municipalityId,
      staffId: null,
      action: "handoff.read",
      target: token.id,
      detail: { system: token.name, fromDay, toDay, format, count: data.receptions.length },
    });
    if (format === "csv")
      return new Response(handoffCsv(data.receptions), {
        headers: { "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "no-store" },
      });
    return Response.json(data, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof DomainError) return text(400, error.message);
    throw error;
  }
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** A new token for a system: shown once (`kk_` + 32 random bytes); only its hash is stored. Audited. */
export async function issueIntegrationToken(db: Db, params: { user: AuthUser; name: string }) {
  const token = `kk_${randomBytes(32).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const row = await createIntegrationToken(tx, {
      municipalityId: params.user.municipalityId,
      name: params.name,
      tokenHash: tokenHash(token),
      createdBy: params.user.id,
    });
    await insertAudit(tx, {
      municipalityId: params.user.municipalityId,
      staffId: params.user.id,
      action: "integration.create",
      target: row.id,
      detail: { name: row.name },
    });
    return { ...row, token };
  });
}

export async function integrationTokens(db: Db, params: { user: AuthUser }) {
  return listIntegrationTokens(db, { municipalityId: params.user.municipalityId });
}

export async function revokeToken(db: Db, params: { user: AuthUser; id: string }) {
  return db.transaction(async (tx) => {
    const row = await revokeIntegrationToken(tx, {
      municipalityId: params.user.municipalityId,
      id: params.id,
      now: new Date(),
    });
    if (!row) throw notFound("有効な連携用トークン");
    await insertAudit(tx, {
      municipalityId: params.user.municipalityId,
      staffId: params.user.id,
      action: "integration.revoke",
      target: row.id,
      detail: { name: row.name },
    });
    return row;
  });
}
