import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "next-env.d.ts", "coverage/**", "test-results/**", "bench/out/**"]),
  {
    // Next.js code lives in app/: lib/ is plain TypeScript shared with the CLI, the tests and the
    // benchmarks. (lib/rating has its own, stricter fence below, which replaces this one there.)
    files: ["lib/**/*.{ts,tsx,mts,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*"], message: "Next.js code lives in app/ (e.g. app/_lib/), not in lib/." }] },
      ],
    },
  },
  {
    // The rating library is pure: no React, no Next.js, no I/O, no clock.
    files: ["lib/rating/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "next", "next/*"], message: "lib/rating must not depend on React or Next.js." },
            { group: ["node:*", "fs", "path", "@/lib/db/*", "@/lib/auth/*", "@/app/*"], message: "lib/rating must not do I/O." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "lib/rating takes the policy date as an argument; no clock." },
        { name: "fetch", message: "lib/rating must not do I/O." },
        { name: "process", message: "lib/rating must not read the environment." },
      ],
    },
  },
]);
