import postgres from "postgres";
import { expect, test } from "vitest";
import { createDb } from "./client";
import { isConnectionError, retryReadOnce } from "./connection-error";

const url = process.env.DATABASE_URL ?? "";

test("a refused connection is a connection error", async () => {
  const db = createDb("postgres://nobody@127.0.0.1:1/none", { maxConnections: 1 });
  const error = await db.execute("select 1").catch((e: unknown) => e);
  await db.$client.end();
  expect(isConnectionError(error)).toBe(true);
});

test("a connection the server terminates is a connection error; a failing statement is not", async () => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ pid }] = (await sql`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
    const statement = await sql`select 1/0`.catch((e: unknown) => e);
    expect(isConnectionError(statement)).toBe(false);
    const unique = await sql`select * from no_such_table_here`.catch((e: unknown) => e);
    expect(isConnectionError(unique)).toBe(false);
    const running = (async () => {
      try {
        await sql`select pg_sleep(5)`;
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    await admin`select pg_terminate_backend(${pid})`;
    expect(isConnectionError(await running)).toBe(true);
    // The server's termination notice reaches the next statement on that pooled connection (57P01);
    // one retry on a fresh connection reads the value.
    let attempts = 0;
    const [{ ok }] = (await retryReadOnce(() => {
      attempts++;
      return sql`select 1 as ok`;
    })) as unknown as [{ ok: number }];
    expect(ok).toBe(1);
    expect(attempts).toBe(2);
  } finally {
    await sql.end();
    await admin.end();
  }
});
