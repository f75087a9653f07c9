/**
 * Times the impact analysis: the current library against one with a modified MAKS edition
 * (3–4-year-old cars' coefficient +10 %, a base rate changed), so every request is priced twice.
 * (1) analyzeImpact in memory over the 3 000-request portfolio (data/portfolio/requests.jsonl);
 * (2) the streamed analysis (worker threads) over generated portfolios of 300 000 and 1 000 000
 * requests, written to bench/out/ at bench time (not kept in the repository), each in its own
 * process for its peak memory, beside the floor of reading and decoding the same file; those
 * processes run an esbuild bundle of bench/impact-stream.ts, as plain JavaScript.
 * Prints JSON.
 *
 *   npx tsx bench/impact.ts [runs] [--no-stream]
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { catalog } from "@/lib/catalog";
import { analyzeImpact } from "@/lib/editor/impact";
import { loadPortfolio } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, compileRateBook } from "@/lib/rating";
import { generateRequests } from "@/lib/sample/generate-requests";
import { benchEdition, INSURER } from "./impact-edit";

const runs = Number(process.argv.find((a, i) => i >= 2 && /^\d+$/.test(a)) ?? 5);

const loadStart = performance.now();
const requests = loadPortfolio();
const loadSeconds = (performance.now() - loadStart) / 1000;

const edition = benchEdition();
const current = buildLibrary(edition.current.map(compileRateBook));
const proposed = buildLibrary(edition.proposed.map(compileRateBook));

const run = () => analyzeImpact({ requests, current, proposed, catalog, insurerId: INSURER });
run(); // warm-up
const times: number[] = [];
let report = run();
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  report = run();
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const inMemory = {
  requests: requests.length,
  pricingsPerRun: requests.length * 2,
  runs,
  seconds: { median: Number(median.toFixed(3)), min: Number(times[0]!.toFixed(3)), max: Number(times[times.length - 1]!.toFixed(3)) },
  requestsPerSecond: Math.round(requests.length / median),
  portfolioLoadSeconds: Number(loadSeconds.toFixed(3)),
  result: { count: report.count, meanChangePercent: report.meanChangePercent, medianChangePercent: report.medianChangePercent, newlyDeclined: report.newlyDeclined },
};

/** bench/out/portfolio-<n>.jsonl: `n` generated requests (10 000 per seed), written once and reused. */
async function generatedPortfolio(n: number): Promise<string> {
  const dir = join(process.cwd(), "bench", "out");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `portfolio-${n}.jsonl`);
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.part`);
  for (let done = 0, seed = 1; done < n; done += 10_000, seed += 1) {
    const text = `${generateRequests(catalog, Math.min(10_000, n - done), 1000 + seed).map((r) => JSON.stringify(r)).join("\n")}\n`;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(`${file}.part`, file);
  return file;
}

/**
 * bench/impact-stream.ts and the analysis's worker entry as plain JavaScript (esbuild, into
 * bench/out/impact-stream/), so the measured process runs what a build runs: no tsx loader (on
 * Node 20 a loader thread of its own) beside the analysis. The worker entry sits next to the
 * analysis's code, where it looks for `impact-worker.js`. Undefined without esbuild: tsx then.
 */
async function streamBundle(): Promise<string | undefined> {
  try {
    const esbuild = await import("esbuild");
    const outdir = join(process.cwd(), "bench", "out", "impact-stream");
    rmSync(outdir, { recursive: true, force: true });
    await esbuild.build({
      entryPoints: { "impact-stream": "bench/impact-stream.ts", "impact-worker": "lib/editor/impact-worker.ts" },
      bundle: true,
      splitting: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outdir,
      logLevel: "silent",
    });
    writeFileSync(join(outdir, "package.json"), JSON.stringify({ type: "module" }));
    return join(outdir, "impact-stream.js");
  } catch {
    return undefined;
  }
}

const bundle = process.argv.includes("--no-stream") ? undefined : await streamBundle();

function child(args: string[]) {
  const command = bundle === undefined ? ["--import", "tsx", join(process.cwd(), "bench", "impact-stream.ts")] : [bundle];
  const res = spawnSync(process.execPath, [...command, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (res.status !== 0) throw new Error(`impact-stream exited with ${res.status}: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
}

const streamed: Record<string, unknown> = {};
if (!process.argv.includes("--no-stream")) {
  for (const n of [300_000, 1_000_000]) {
    const file = await generatedPortfolio(n);
    streamed[String(n)] = { floorReadAndDecode: child([file, "--floor"]), streamImpact: child([file]) };
  }
}
console.log(JSON.stringify({ node: process.version, insurerId: INSURER, inMemory, streamed }, null, 2));
