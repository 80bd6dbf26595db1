import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import postgres from "postgres";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type EmbeddedServer, spawnEmbeddedPostgres } from "../scripts/embedded";

/**
 * The embedded default used to be PGlite behind pglite-socket, which fed every connection into one
 * session: the extended-protocol messages of concurrent connections interleaved, so queries failed
 * ("bind message supplies N parameters") or silently returned another statement's rows. This test
 * issues different statements with different parameters on many connections at once and checks every
 * result is the one its own statement asked for.
 */
const root = mkdtempSync(join(tmpdir(), "kakanai-concurrency-"));
let server: EmbeddedServer;
beforeAll(async () => {
  server = await spawnEmbeddedPostgres({ root, port: 54359 });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

type Probe =
  | { kind: "echo"; n: number; text: string }
  | { kind: "series"; from: number; count: number }
  | { kind: "sum"; a: number; b: number; c: number };

const probe: fc.Arbitrary<Probe> = fc.oneof(
  fc.record({ kind: fc.constant("echo" as const), n: fc.integer(), text: fc.string({ maxLength: 20 }) }),
  fc.record({
    kind: fc.constant("series" as const),
    from: fc.integer({ min: -1000, max: 1000 }),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("sum" as const),
    a: fc.integer({ min: -1e6, max: 1e6 }),
    b: fc.integer({ min: -1e6, max: 1e6 }),
    c: fc.integer({ min: -1e6, max: 1e6 }),
  }),
);

async function run(sql: postgres.Sql, p: Probe): Promise<unknown> {
  switch (p.kind) {
    case "echo": {
      const [row] = await sql`select ${p.n}::int as n, ${p.text}::text as text, pg_backend_pid() as pid`;
      return { n: row?.n, text: row?.text };
    }
    case "series": {
      const rows =
        await sql`select g::int as g from generate_series(${p.from}::int, ${p.from + p.count - 1}::int) g`;
      return rows.map((r) => r.g);
    }
    case "sum": {
      const [row] = await sql`select (${p.a}::int + ${p.b}::int + ${p.c}::int) as s, 'sum' as tag`;
      return row?.s;
    }
  }
}

function expected(p: Probe): unknown {
  switch (p.kind) {
    case "echo":
      return { n: p.n, text: p.text };
    case "series":
      return Array.from({ length: p.count }, (_, i) => p.from + i);
    case "sum":
      return p.a + p.b + p.c;
  }
}

test("concurrent connections to the embedded default each get their own statement's results", async () => {
  // Prepared statements (the extended protocol) on 8 connections at once: the case PGlite mixed up.
  const sql = postgres(server.url, { max: 8, prepare: true, onnotice: () => {} });
  try {
    const backends = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.array(probe, { minLength: 50, maxLength: 200 }), async (probes) => {
        const results = await Promise.all(probes.map((p) => run(sql, p)));
        results.forEach((r, i) => {
          expect(r).toEqual(expected(probes[i] as Probe));
        });
      }),
      { numRuns: 20 },
    );
    for (const r of await Promise.all(Array.from({ length: 16 }, () => sql`select pg_backend_pid() as pid`)))
      backends.add(r[0]?.pid);
    // Real server processes: more than one backend served the pool.
    expect(backends.size).toBeGreaterThan(1);
  } finally {
    await sql.end();
  }
}, 120_000);
