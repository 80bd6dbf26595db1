import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { flows, type PublishRequestStatus, publishRequests, staff } from "../schema";

const decider = alias(staff, "decider");

/** A request as the studio shows it: with the flow's title and the names of who submitted and decided. */
const requestColumns = {
  id: publishRequests.id,
  flowId: publishRequests.flowId,
  flowTitle: flows.title,
  draftVersion: publishRequests.draftVersion,
  currentDraftVersion: flows.draftVersion,
  submittedById: publishRequests.submittedBy,
  submittedByName: staff.name,
  submittedAt: publishRequests.submittedAt,
  comment: publishRequests.comment,
  status: publishRequests.status,
  decidedByName: decider.name,
  decidedAt: publishRequests.decidedAt,
  decisionComment: publishRequests.decisionComment,
};

export type PublishRequestRow = Awaited<ReturnType<typeof listPublishRequests>>[number];

/**
 * A city's publish requests, newest first: every open one (`status: "submitted"`), or one flow's
 * latest (`flowId`, limit 1 by the caller's choice).
 */
export async function listPublishRequests(
  db: DbOrTx,
  params: { municipalityId: string; status?: PublishRequestStatus; flowId?: string; limit?: number },
) {
  const query = db
    .select(requestColumns)
    .from(publishRequests)
    .innerJoin(flows, eq(flows.id, publishRequests.flowId))
    .innerJoin(staff, eq(staff.id, publishRequests.submittedBy))
    .leftJoin(decider, eq(decider.id, publishRequests.decidedBy))
    .where(
      and(
        eq(publishRequests.municipalityId, params.municipalityId),
        params.status ? eq(publishRequests.status, params.status) : undefined,
        params.flowId ? eq(publishRequests.flowId, params.flowId) : undefined,
      ),
    )
    .orderBy(desc(publishRequests.submittedAt));
  return params.limit ? query.limit(params.limit) : query;
}

/** One request of this municipality, locked until the transaction ends when deciding it; null if absent. */
export async function findPublishRequest(
  db: DbOrTx,
  params: { requestId: string; municipalityId: string; forUpdate?: boolean },
) {
  const query = db
    .select()
    .from(publishRequests)
    .where(
      and(
        eq(publishRequests.id, params.requestId),
        eq(publishRequests.municipalityId, params.municipalityId),
      ),
    )
    .limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/**
 * A new open request. Null when the flow already has one open (the partial unique index
 * publish_requests_one_open refuses a second, also under concurrent submits).
 */
export async function insertPublishRequest(
  db: DbOrTx,
  params: {
    municipalityId: string;
    flowId: string;
    draftVersion: number;
    submittedBy: string;
    comment: string;
  },
): Promise<{ id: string; submittedAt: Date } | null> {
  const [row] = await db
    .insert(publishRequests)
    .values(params)
    .onConflictDoNothing()
    .returning({ id: publishRequests.id, submittedAt: publishRequests.submittedAt });
  return row ?? null;
}

/** Closes an open request (approved, returned or withdrawn); null when it was no longer open. */
export async function decidePublishRequest(
  db: DbOrTx,
  params: {
    requestId: string;
    status: Exclude<PublishRequestStatus, "submitted">;
    by: string;
    comment: string | null;
    bundleId?: string;
    now?: Date;
  },
): Promise<{ id: string } | null> {
  const [row] = await db
    .update(publishRequests)
    .set({
      status: params.status,
      decidedBy: params.by,
      decidedAt: params.now ?? new Date(),
      decisionComment: params.comment,
      bundleId: params.bundleId ?? null,
    })
    .where(and(eq(publishRequests.id, params.requestId), eq(publishRequests.status, "submitted")))
    .returning({ id: publishRequests.id });
  return row ?? null;
}
