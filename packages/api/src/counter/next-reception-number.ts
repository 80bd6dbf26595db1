import { type DbOrTx, incrementReceptionCounter } from "@kakanai/db";

/** The reception day in Japan, whatever the server's time zone. */
export function receptionDay(now: Date): string {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** "A-0012": per municipality per day, handed out by one atomic upsert so two counters never share one. */
export async function nextReceptionNumber(
  db: DbOrTx,
  params: { municipalityId: string; day: string },
): Promise<string> {
  const last = await incrementReceptionCounter(db, params);
  return `A-${String(last).padStart(4, "0")}`;
}
