import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files share one server and one database, and some publish tariff editions: run them in
 * the order of their names, so every run sees the same history (the editor's test expects the
 * seed tariffs, the renewals' test publishes a change after it).
 */
class ByFileName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

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
    sequence: { sequencer: ByFileName },
  },
});
