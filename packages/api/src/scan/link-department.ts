import { type Db, insertSessionEvent, schema } from "@kakanai/db";
import { and, eq } from "drizzle-orm";

const { sessionEvents } = schema;

/** One `linked` event per session and department, so linkage statistics count visits, not rescans. */
export async function linkDepartment(
  db: Db,
  params: { sessionId: string; municipalityId: string; departmentKey: string; staffId: string },
): Promise<string> {
  const [existing] = await db
    .select({ id: sessionEvents.id })
    .from(sessionEvents)
    .where(
      and(
        eq(sessionEvents.sessionId, params.sessionId),
        eq(sessionEvents.type, "linked"),
        eq(sessionEvents.departmentKey, params.departmentKey),
      ),
    )
    .limit(1);
  if (existing) return existing.id;
  const { id } = await insertSessionEvent(db, { ...params, type: "linked" });
  return id;
}
