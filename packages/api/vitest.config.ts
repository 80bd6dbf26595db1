import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The same real-PostgreSQL setup as packages/db: the migrations applied once, the URL provided.
    globalSetup: ["../db/test/global-setup.ts"],
    // Each test file opens its own small pool against a database other engineers share.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
