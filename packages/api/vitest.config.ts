import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    // Each test file opens its own small pool against a database other engineers share.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
