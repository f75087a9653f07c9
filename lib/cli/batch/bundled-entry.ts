/**
 * A worker thread's entry as plain JavaScript when the program runs from its TypeScript sources
 * (tsx, vitest): the entry and everything it imports bundled by esbuild into one ES module under
 * node_modules/.cache/kasko-workers/, named for its contents. A worker started from the bundle
 * loads one file instead of registering tsx's loader and transforming each module again, and
 * keeps no loader, transformed sources or source maps in its heap (BENCHMARKS.md, impact
 * analysis). Built once per process and entry. Without esbuild, or when the cache cannot be
 * written, the TypeScript entry is returned as it is (started through tsx, as before).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const cacheDir = join(root, "node_modules", ".cache", "kasko-workers");
const built = new Map<string, Promise<string>>();

async function build(entryUrl: string): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [fileURLToPath(entryUrl)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // The database drivers are never imported by a pricing worker; kept out should one be reached.
    external: ["drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/pglite", "@electric-sql/pglite/*", "esbuild", "tsx", "tsx/*"],
    write: false,
    logLevel: "silent",
  });
  const contents = result.outputFiles[0]!.contents;
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 16);
  const file = join(cacheDir, `worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, file);
  }
  return pathToFileURL(file).href;
}

/** The URL to start a worker from: `entryUrl` itself unless it is TypeScript and can be bundled. */
export function bundledEntry(entryUrl: string): Promise<string> {
  if (!entryUrl.endsWith(".ts")) return Promise.resolve(entryUrl);
  let url = built.get(entryUrl);
  if (url === undefined) {
    url = build(entryUrl).catch(() => entryUrl);
    built.set(entryUrl, url);
  }
  return url;
}
