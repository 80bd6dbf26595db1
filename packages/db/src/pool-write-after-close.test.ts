import { connect, type Socket } from "node:net";
import postgres from "postgres";
import { expect, test } from "vitest";

const url = new URL(process.env.DATABASE_URL ?? "");

/**
 * A pooled connection whose socket closes while a small write is still batched must connect again
 * and carry on. postgres.js 3.4.9 cancels the batched write on close but never forgets it, so every
 * later write on that connection — the reconnect's startup message first — is buffered and never
 * sent: the connection hangs until connect_timeout, again and again (seen after a database restart in
 * `npm run faults`). patches/postgres+3.4.9.patch fixes it; this fails without the patch.
 */
test("a connection closed with a batched write pending reconnects and answers", async () => {
  const sockets: Socket[] = [];
  const options = {
    max: 1,
    connect_timeout: 2,
    onnotice: () => {},
    // Our own sockets to the same server, so the test can close one at the moment that matters
    // (postgres.js' documented `socket` option, missing from its type declarations).
    socket: () => {
      const socket = connect(Number(url.port || 5432), url.hostname);
      sockets.push(socket);
      return socket;
    },
  };
  const sql = postgres(url.toString(), options);
  try {
    expect(await sql`select 1 as one`).toEqual([{ one: 1 }]);
    // Inside a setImmediate callback: the query's bytes are batched behind a new setImmediate, which
    // runs only in the next loop turn — after this turn's close callbacks, where the socket's
    // 'close' reaches postgres.js.
    const failed = await new Promise<unknown>((resolve) => {
      setImmediate(() => {
        const pending = sql`select 2 as two`.execute();
        sockets.at(-1)?.destroy();
        pending.then(
          () => resolve(undefined),
          (error: unknown) => resolve(error),
        );
      });
    });
    expect((failed as { code?: string } | undefined)?.code).toBe("CONNECTION_CLOSED");
    // The same pooled connection connects again and answers (unpatched: CONNECT_TIMEOUT after 2 s).
    expect(await sql`select 3 as three`).toEqual([{ three: 3 }]);
    expect(sockets.length).toBe(2);
  } finally {
    await sql.end({ timeout: 1 });
  }
});
