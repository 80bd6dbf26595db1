import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { TestProject } from "vitest/node";

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "../../../db/migrations");

/**
 * Tests run against a real PostgreSQL with the real migrations; DATABASE_URL picks the server.
 * packages/api runs its tests with this setup too (its vitest.config.ts points here).
 */
export default async function setup(project: TestProject) {
  // biome-ignore lint/style/noProcessEnv: the test runner is a top-level entry point, like an app's env.ts.
  const url = process.env.DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
  project.provide("databaseUrl", url);
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
