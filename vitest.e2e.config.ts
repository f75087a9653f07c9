import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// End-to-end tests: a real `next start` server (built beforehand) and Debian's Chromium.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/setup/server.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one for the server, one for the browser.
    fileParallelism: false,
  },
});
