// Bundles the production server (app/_server/start.server.ts: Next.js's custom server with the quote API's
// fast lane) into .next/kasko-server/, after `next build` (`npm run build` runs both). Inside
// .next/ on purpose: `next build` empties that folder, so a server bundle can never outlive the
// build it was made with. Next.js itself and the packages next.config.ts keeps external
// (serverExternalPackages) stay in node_modules; "server-only" is an empty module here (it only
// guards React's client bundles). Dynamic imports stay separate chunks, loaded when first used
// (the database's modules, as under Next.js: docs/decisions/0029-cold-start.md).
import { build } from "esbuild";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outdir = fileURLToPath(new URL("../../.next/kasko-server/", import.meta.url));
if (!existsSync(new URL("../../.next/BUILD_ID", import.meta.url))) {
  process.stderr.write("app/_server/build-bundle.mjs: run `next build` first (npm run build does both)\n");
  process.exit(1);
}

// The same list as next.config.ts's serverExternalPackages, read from it so that the two cannot differ.
const config = readFileSync(new URL("../../next.config.ts", import.meta.url), "utf8");
const listed = /serverExternalPackages:\s*\[([^\]]*)\]/.exec(config);
if (!listed) throw new Error("next.config.ts: serverExternalPackages not found");
const serverExternal = [...listed[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { start: "app/_server/start.server.ts" },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  external: ["next", "next/*", ...serverExternal.flatMap((p) => [p, `${p}/*`]), "pg-native"],
  // Bundled CommonJS packages call require(): give the ES module one.
  banner: { js: 'import { createRequire as __kaskoCreateRequire } from "node:module"; const require = __kaskoCreateRequire(import.meta.url);' },
  plugins: [
    {
      name: "server-only-is-empty",
      setup(b) {
        b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
        b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};", loader: "js" }));
      },
    },
  ],
  logLevel: "warning",
});
process.stdout.write(`app/_server/build-bundle.mjs: ${outdir}start.mjs\n`);
