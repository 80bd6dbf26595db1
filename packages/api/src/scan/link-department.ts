import { type Db, findSessionLink, insertSessionEvent } from "@kakanai/db";

/** One `linked` event per session and department, so linkage statistics count visits, not rescans. */
export async function linkDepartment(
  db: Db,
  params: { sessionId: string; municipalityId: string; departmentKey: string; staffId: string },
): Promise<string> {
  const existing = await findSessionLink(db, {
    sessionId: params.sessionId,
    departmentKey: params.departmentKey,
  });
  if (existing) return existing.id;
  const { id } = await insertSessionEvent(db, { ...params, type: "linked" });
  return id;
}
