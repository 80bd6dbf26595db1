import { defineConfig } from "drizzle-kit";

// Paths are relative to the repository root, where `npx drizzle-kit generate --config db/drizzle.config.ts` runs.
export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schema.ts",
  out: "./db/migrations",
});
