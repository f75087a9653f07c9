/**
 * The command-line quoter over the same library as the API.
 *   npm run -s quote -- request.json          (or the request on stdin)
 *   npm run -s quote -- --batch requests.jsonl (or JSON Lines on stdin)
 * Exit codes: 0 all priced, 2 bad input (the error JSON goes to stderr; in a batch, in its line's place).
 *
 * This module is also the entry of the batch quoter's worker threads. It keeps its own imports
 * light: the rating library is loaded only where requests are priced.
 */
import { existsSync, readFileSync } from "node:fs";
import { isMainThread, workerData } from "node:worker_threads";
import { DEFAULT_QUOTE_OPTIONS, DETAIL_MESSAGE, LANG_MESSAGE, QUOTE_DETAILS, QUOTE_LANGUAGES, type QuoteOptions } from "@/lib/api/quote-options";
import type { QuoteContext } from "@/lib/api/respond-to-quote";
import type { TVehicleModel } from "@/lib/catalog/schema";
import { todayIso } from "@/lib/clock";
import type { RateBookLibrary, TRateBook } from "@/lib/rating";
import { BATCH_WORKER_ROLE } from "./batch/protocol";
import { quoteBatch } from "./batch/run-batch";

const USAGE = "usage: npm run -s quote -- [--detail full|summary] [--lang ru|en] [request.json]   |   npm run -s quote -- --batch [--workers N] [--detail full|summary] [--lang ru|en] [requests.jsonl]";

/** Exits with code 2 and the error on stderr, at `path` (an option's name) or at the whole input. */
async function fail(message: string, path = ""): Promise<never> {
  process.stderr.write(`${JSON.stringify({ error: "invalid_request", issues: [{ path, message }] })}\n`);
  process.exit(2);
}

interface Args {
  batch: boolean;
  file: string | undefined;
  /** Batch worker threads (0: price in the main thread); undefined: by the input's size. */
  workers: number | undefined;
  /** --detail and --lang. */
  quote: QuoteOptions;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T => values.includes(value as T);

async function parseArgs(argv: string[]): Promise<Args> {
  let batch = false;
  let workers: number | undefined;
  const quote: QuoteOptions = { ...DEFAULT_QUOTE_OPTIONS };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--batch") batch = true;
    else if (arg === "--workers") {
      const n = Number(argv[(i += 1)]);
      if (!Number.isInteger(n) || n < 0 || n > 64) return fail(`--workers takes a number of threads from 0 to 64; ${USAGE}`);
      workers = n;
    } else if (arg === "--detail") {
      const value = argv[(i += 1)];
      if (!isOneOf(QUOTE_DETAILS, value)) return fail(`${DETAIL_MESSAGE}; ${USAGE}`, "--detail");
      quote.detail = value;
    } else if (arg === "--lang") {
      const value = argv[(i += 1)];
      if (!isOneOf(QUOTE_LANGUAGES, value)) return fail(`${LANG_MESSAGE}; ${USAGE}`, "--lang");
      quote.lang = value;
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("-") && arg !== "-") return fail(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length > 1) return fail(`give at most one input file; ${USAGE}`);
  const file = files[0] === "-" ? undefined : files[0];
  if (file !== undefined && !existsSync(file)) return fail(`no such file: ${file}`);
  return { batch, file, workers, quote };
}

async function quoteOne(file: string | undefined, ctx: QuoteContext, options: QuoteOptions): Promise<void> {
  const { MAX_BODY_BYTES, outcomeJson, respondToQuoteText } = await import("@/lib/api/respond-to-quote");
  const text = readFileSync(file ?? 0, "utf8");
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return fail(`the request is larger than ${MAX_BODY_BYTES} bytes`);
  const outcome = respondToQuoteText(text, ctx, options);
  if (outcome.status !== 200) {
    process.stderr.write(`${JSON.stringify(outcome.body)}\n`);
    process.exit(2);
  }
  process.stdout.write(Buffer.concat([outcomeJson(outcome), Buffer.from("\n")]));
}

interface Published {
  library: RateBookLibrary | undefined;
  /** The catalog's current models. */
  models: TVehicleModel[] | undefined;
  close: () => Promise<void>;
}

/**
 * The published editions and the vehicle catalog in PostgreSQL when DATABASE_URL is set (the
 * same ones the site uses); undefined for the files in data/ (the embedded database belongs to
 * the running site and is not opened from a second process).
 */
async function loadPublished(): Promise<Published> {
  if (!process.env.DATABASE_URL) return { library: undefined, models: undefined, close: async () => {} };
  const { openDatabase } = await import("@/lib/db/client.server");
  const { loadPublishedLibrary } = await import("@/lib/db/published-library.server");
  const { loadCatalog } = await import("@/lib/db/catalog.server");
  const database = await openDatabase({ url: process.env.DATABASE_URL });
  const [library, catalog] = await Promise.all([loadPublishedLibrary(database.db), loadCatalog(database.db)]);
  return { library, models: [...catalog.models.values()], close: () => database.close() };
}

async function contextFor(published: Published, now: Date): Promise<QuoteContext> {
  const [{ buildCatalog, catalog }, { getDiskLibraryForPricing }] = await Promise.all([import("@/lib/catalog"), import("@/lib/rate-books/load-from-disk.server")]);
  return { library: published.library ?? getDiskLibraryForPricing(), catalog: published.models ? buildCatalog(published.models) : catalog, today: todayIso(now) };
}

function sourcesOf(library: RateBookLibrary): TRateBook[] {
  return [...library.values()].flat().map((book) => book.source);
}

async function main() {
  const { batch, file, workers, quote } = await parseArgs(process.argv.slice(2));
  const now = new Date();
  const published = await loadPublished();
  const { library, models, close } = published;
  try {
    if (!batch) return await quoteOne(file, await contextFor(published, now), quote);
    const context = () => contextFor(published, now);
    const bad = await quoteBatch({ file, workers, entryUrl: import.meta.url, now: now.getTime(), rateBooks: library && sourcesOf(library), models, quote, context });
    if (bad > 0) {
      process.stderr.write(`${bad} line(s) were invalid; their errors are in the output in their place\n`);
      process.exitCode = 2;
    }
  } finally {
    await close();
  }
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === BATCH_WORKER_ROLE) {
  void import("./batch/worker").then((worker) => worker.runBatchWorker());
} else void main();
