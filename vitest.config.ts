import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/setup/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    environment: "node",
    // Each test worker gets its own in-memory embedded database (never the developer's data dir).
    env: { KASKO_DATA_DIR: "memory://" },
    setupFiles: ["tests/setup/fail-on-console.ts", "tests/setup/dom.ts"],
  },
});
