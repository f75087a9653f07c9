// `npm run quote`: runs lib/cli/quote.ts as plain JavaScript, from an esbuild bundle kept in
// node_modules/.cache/kasko-quote/ and rebuilt whenever one of its source files has changed
// (≈ 0.1 s), so the command starts in ≈ 0.25 s rather than ≈ 0.6 s under tsx. Without esbuild,
// or when the cache cannot be written, it runs the TypeScript through tsx as before.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";

const ENTRY = "lib/cli/quote.ts";
/** Besides the sources esbuild reports: what decides how they are resolved. */
const CONFIG_FILES = ["tsconfig.json", "package.json", "package-lock.json", "node_modules/.package-lock.json"];
/**
 * Packages loaded from node_modules as they are: the database drivers (native code, WebAssembly,
 * files of their own) and the build tools. The rest (zod, decimal.js) is bundled in: one file
 * starts much faster than zod's hundred-odd modules, in the main thread and in every worker.
 * Bundled packages are rebuilt with the lock file, not stamped file by file.
 */
const EXTERNAL = ["drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/pglite", "@electric-sql/pglite/*", "esbuild", "tsx", "tsx/*"];
/** Outputs of earlier builds are removed once this old (a running batch may still be using them). */
const STALE_AFTER_MS = 60 * 60 * 1000;

const root = fileURLToPath(new URL("../..", import.meta.url));
const cacheDir = join(root, "node_modules", ".cache", "kasko-quote");
const manifestFile = join(cacheDir, "manifest.json");

function stamp(file) {
  try {
    const stats = statSync(join(root, file));
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** The bundle's entry file if the bundle is up to date with every source it was built from. */
function upToDateBundle() {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    for (const [file, recorded] of Object.entries(manifest.inputs)) if (stamp(file) !== recorded) return undefined;
    return join(cacheDir, manifest.entry);
  } catch {
    return undefined;
  }
}

function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

async function build() {
  const started = Date.now();
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Modules loaded on demand (the database, the pricing code in the main thread) stay separate chunks.
    splitting: true,
    external: EXTERNAL,
    outdir: cacheDir,
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  mkdirSync(cacheDir, { recursive: true });
  const outputs = new Set(["manifest.json"]);
  for (const file of result.outputFiles) {
    writeAtomically(file.path, file.contents);
    outputs.add(basename(file.path));
  }
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === ENTRY)?.[0];
  if (entry === undefined) throw new Error("esbuild produced no entry");
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.split(/[\\/]/).includes("node_modules"));
  const inputs = Object.fromEntries([...sources, ...CONFIG_FILES].map((file) => [file, stamp(file)]));
  // A source saved during the build may not be in the bundle: leave it to be built again next time.
  const changedMeanwhile = Object.keys(inputs).some((file) => statSync(join(root, file)).mtimeMs >= started);
  if (!changedMeanwhile) writeAtomically(manifestFile, JSON.stringify({ entry: basename(entry), inputs }));
  removeOldOutputs(outputs);
  return join(cacheDir, basename(entry));
}

function removeOldOutputs(keep) {
  for (const file of readdirSync(cacheDir)) {
    if (keep.has(file)) continue;
    try {
      const path = join(cacheDir, file);
      if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
}

async function bundle() {
  try {
    return upToDateBundle() ?? (await build());
  } catch {
    return undefined;
  }
}

/**
 * V8's optimizing compiler inlines up to 920 bytes of bytecode into a hot function by default.
 * For the pricing and serializing code that makes each compilation slow: in a 10 000-line batch
 * about 1.2 s of compiler time in every thread (a worker starts cold), more than the optimized code
 * saves. At 200 the same batch compiles in about 0.5 s and the code runs as fast (BENCHMARKS.md).
 * The flag is process-wide and applies to the worker threads too; it is read when code is compiled.
 */
setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");

const entry = await bundle();
if (entry !== undefined) await import(pathToFileURL(entry).href);
else {
  const tsx = await import("tsx/esm/api");
  tsx.register();
  await import(pathToFileURL(join(root, ENTRY)).href);
}
