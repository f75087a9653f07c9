/**
 * The command-line quoter over the same library as the API.
 *   npm run -s quote -- request.json          (or the request on stdin)
 *   npm run -s quote -- --batch requests.jsonl (or JSON Lines on stdin)
 * Exit codes: 0 all priced, 2 bad input (the error JSON goes to stderr; in a batch, in its line's place).
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { MAX_BODY_BYTES, respondToQuoteText, type QuoteContext } from "@/lib/api/respond-to-quote";
import { bodyError, type RateBookLibrary } from "@/lib/rating";

const USAGE = "usage: npm run -s quote -- [request.json]   |   npm run -s quote -- --batch [requests.jsonl]";

function fail(message: string): never {
  process.stderr.write(`${JSON.stringify(bodyError(message))}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { batch: boolean; file: string | undefined } {
  let batch = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === "--batch") batch = true;
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("-") && arg !== "-") fail(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length > 1) fail(`give at most one input file; ${USAGE}`);
  const file = files[0] === "-" ? undefined : files[0];
  if (file !== undefined && !existsSync(file)) fail(`no such file: ${file}`);
  return { batch, file };
}

function quoteOne(file: string | undefined, ctx: QuoteContext): void {
  const text = readFileSync(file ?? 0, "utf8");
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) fail(`the request is larger than ${MAX_BODY_BYTES} bytes`);
  const outcome = respondToQuoteText(text, ctx);
  if (outcome.status !== 200) {
    process.stderr.write(`${JSON.stringify(outcome.body)}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(outcome.body)}\n`);
}

/** One output line per non-blank input line, in order; a bad line yields its error (with its line number). */
async function quoteBatch(file: string | undefined, ctx: QuoteContext): Promise<number> {
  const input = file === undefined ? process.stdin : createReadStream(file, "utf8");
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  let buffer: string[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = `${buffer.join("\n")}\n`;
    buffer = [];
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  };
  for await (const line of lines) {
    lineNo += 1;
    if (line.trim() === "") continue;
    const outcome = Buffer.byteLength(line) > MAX_BODY_BYTES
      ? { status: 400 as const, body: bodyError(`the request is larger than ${MAX_BODY_BYTES} bytes`) }
      : respondToQuoteText(line, ctx);
    if (outcome.status === 200) buffer.push(JSON.stringify(outcome.body));
    else {
      bad += 1;
      buffer.push(JSON.stringify({ line: lineNo, ...outcome.body }));
    }
    if (buffer.length >= 256) await flush();
  }
  await flush();
  return bad;
}

/**
 * The rate books to price with: the published editions in PostgreSQL when DATABASE_URL is set
 * (the same ones the site uses), else the files in data/ (the embedded database belongs to the
 * running site and is not opened from a second process).
 */
async function loadLibrary(): Promise<{ library: RateBookLibrary; close: () => Promise<void> }> {
  if (!process.env.DATABASE_URL) return { library: getDiskLibrary(), close: async () => {} };
  const { openDatabase } = await import("@/lib/db/client.server");
  const { loadPublishedLibrary } = await import("@/lib/db/published-library.server");
  const database = await openDatabase({ url: process.env.DATABASE_URL });
  return { library: await loadPublishedLibrary(database.db), close: () => database.close() };
}

async function main() {
  const { batch, file } = parseArgs(process.argv.slice(2));
  const { library, close } = await loadLibrary();
  try {
    await run(batch, file, { library, catalog, today: todayIso() });
  } finally {
    await close();
  }
}

async function run(batch: boolean, file: string | undefined, ctx: QuoteContext) {
  if (!batch) return quoteOne(file, ctx);
  const bad = await quoteBatch(file, ctx);
  if (bad > 0) {
    process.stderr.write(`${bad} line(s) were invalid; their errors are in the output in their place\n`);
    process.exitCode = 2;
  }
}

void main();
