/**
 * npm run bench — measures (1) full comparisons per second in the library (one request ×
 * all insurers, with worksheets) on one core, and (2) the batch CLI over 10 000 generated
 * requests end to end (process start, parsing, pricing, JSON out), with its worker threads and
 * in one thread.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, openSync, closeSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest, type TQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";

const TODAY = "2026-11-22";
const library = getDiskLibrary();
const raw = generateRequests(catalog, 2000, 42);
const requests: TQuoteRequest[] = raw.map((r, i) => {
  const parsed = parseQuoteRequest(r, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request ${i} is invalid: ${JSON.stringify(parsed.error)}`);
  return parsed.request;
});

function libraryRun(seconds: number) {
  let count = 0;
  let quotes = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 200; i += 1) {
      const res = compareQuotes(requests[count % requests.length]!, library, catalog);
      quotes += res.quotes.length;
      count += 1;
    }
  }
  const elapsed = (performance.now() - start) / 1000;
  return { comparisons: count, perSecond: Math.round(count / elapsed), quotesPerSecond: Math.round(quotes / elapsed) };
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

libraryRun(1); // warm-up
const lib = libraryRun(5);
const validation = validationRun();
const cli = cliRun(10_000);
const cliOneThread = cliRun(10_000, ["--workers", "0"]);
console.log(JSON.stringify({ node: process.version, library: lib, validationPerSecond: validation, batchCli: cli, batchCliOneThread: cliOneThread }, null, 2));
