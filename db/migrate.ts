import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

/** The migrations beside this file, wherever the process was started from. */
export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Applies pending migrations with one short-lived connection. Runs before the apps open; drizzle
 * records applied migrations in drizzle.__drizzle_migrations, so running it twice is harmless.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL を設定してください。");
    process.exit(1);
  }
  migrateDatabase(url)
    .then(() => console.log("マイグレーションを適用しました。"))
    .catch((error: unknown) => {
      console.error("マイグレーションに失敗しました。", error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
