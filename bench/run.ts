/**
 * npm run bench — measures on one core (1) comparisons per second in the library (one request ×
 * all insurers): full (with worksheets), summary (no worksheet) and, as the floor they are measured
 * against, the same premiums in plain JS numbers (bench/plain-number-baseline.ts), in interleaved
 * rounds; (2) the batch CLI over 10 000 generated requests end to end (process start, parsing,
 * pricing, JSON out), full and `--detail summary`, with the threads it chooses by default (workers
 * for a full batch of this size, one thread for a summary one) and with `--workers 0`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, openSync, closeSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { catalog } from "@/lib/catalog";
import { compareQuotes, compareSummary, parseQuoteRequest, type TQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";
import { plainCompare } from "./plain-number-baseline";

const TODAY = "2026-11-22";
const library = getDiskLibrary();
const raw = generateRequests(catalog, 2000, 42);
const requests: TQuoteRequest[] = raw.map((r, i) => {
  const parsed = parseQuoteRequest(r, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request ${i} is invalid: ${JSON.stringify(parsed.error)}`);
  return parsed.request;
});

type Comparer = (request: TQuoteRequest) => unknown;
const COMPARERS: Record<"full" | "summary" | "plainNumbers", Comparer> = {
  full: (r) => compareQuotes(r, library, catalog),
  summary: (r) => compareSummary(r, library, catalog),
  plainNumbers: (r) => plainCompare(r, library, catalog),
};

/**
 * Comparisons per second of `compare` over the generated requests for `seconds`, per second of
 * this process's CPU time (user + system): on a shared machine, wall time also counts the
 * other processes' turns on the core.
 */
function libraryRun(compare: Comparer, seconds: number) {
  let count = 0;
  const deadline = performance.now() + seconds * 1000;
  const cpu = process.cpuUsage();
  while (performance.now() < deadline) {
    for (let i = 0; i < 200; i += 1) {
      compare(requests[count % requests.length]!);
      count += 1;
    }
  }
  const used = process.cpuUsage(cpu);
  return Math.round(count / ((used.user + used.system) / 1e6));
}

/** The three kinds in interleaved rounds (the host's speed drifts), each round's figure kept. */
function libraryRounds(rounds: number, seconds: number) {
  const out = { full: [] as number[], summary: [] as number[], plainNumbers: [] as number[] };
  for (const compare of Object.values(COMPARERS)) libraryRun(compare, 1); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, compare] of Object.entries(COMPARERS)) out[name as keyof typeof out].push(libraryRun(compare, seconds));
  }
  const best = (xs: number[]) => Math.max(...xs);
  return { rounds: out, best: { full: best(out.full), summary: best(out.summary), plainNumbers: best(out.plainNumbers) }, plainOverSummary: Number((best(out.plainNumbers) / best(out.summary)).toFixed(2)) };
}

/** How many of the library's premiums the plain-number floor matches to the kopeck (it must be all). */
function floorAgreement() {
  let quotes = 0;
  let equal = 0;
  for (const r of requests) {
    const exact = compareSummary(r, library, catalog).quotes;
    const plain = plainCompare(r, library, catalog);
    for (const q of exact) {
      quotes += 1;
      const p = plain.find((x) => x.insurerId === q.insurerId);
      if (p && p.premium.toFixed(2) === q.premium) equal += 1;
    }
  }
  return { quotes, equalToTheKopeck: equal };
}

function validationRun() {
  const start = performance.now();
  for (const r of raw) parseQuoteRequest(r, catalog, TODAY);
  return Math.round(raw.length / ((performance.now() - start) / 1000));
}

/**
 * The batch CLI as `npm run quote` runs it (the launcher and its bundle, built beforehand), over
 * `n` requests, output to a file; with the default worker threads and, for comparison, in one thread.
 */
function cliRun(n: number, extraArgs: string[] = []) {
  const dir = join(process.cwd(), "bench", "out");
  mkdirSync(dir, { recursive: true });
  const input = join(dir, "requests.jsonl");
  writeFileSync(input, `${generateRequests(catalog, n, 7).map((r) => JSON.stringify(r)).join("\n")}\n`);
  const command = [join(process.cwd(), "lib/cli/quote-launcher.mjs"), ...extraArgs, "--batch", input];
  spawnSync(process.execPath, [command[0]!, "--help"], { stdio: "ignore" }); // builds the bundle if needed
  const outFd = openSync(join(dir, "responses.jsonl"), "w");
  const start = performance.now();
  const res = spawnSync(process.execPath, command, { stdio: ["ignore", outFd, "inherit"] });
  const elapsed = (performance.now() - start) / 1000;
  closeSync(outFd);
  if (res.status !== 0) throw new Error(`batch CLI exited with ${res.status}`);
  return { requests: n, seconds: Number(elapsed.toFixed(2)), perSecond: Math.round(n / elapsed) };
}

// `npm run bench -- --library` measures the library only.
const libraryOnly = process.argv.includes("--library");
const lib = libraryRounds(3, 2);
const agreement = floorAgreement();
const validation = validationRun();
const cli = libraryOnly
  ? {}
  : {
      batchCli: cliRun(10_000),
      batchCliSummary: cliRun(10_000, ["--detail", "summary"]),
      batchCliOneThread: cliRun(10_000, ["--workers", "0"]),
      batchCliSummaryOneThread: cliRun(10_000, ["--detail", "summary", "--workers", "0"]),
    };
console.log(JSON.stringify({ node: process.version, library: lib, floorAgreement: agreement, validationPerSecond: validation, ...cli }, null, 2));
