/**
 * The batch quoter: JSON Lines in (a file or stdin), one answer line per non-blank input line
 * out, in input order. Large inputs are priced by worker threads, chunk by chunk, while this
 * thread reads, hands out chunks and writes the answers back in order; small ones here.
 */
import type { TVehicleModel } from "@/lib/catalog/schema";
import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { QuoteOptions } from "@/lib/api/quote-options";
import type { QuoteContext } from "@/lib/api/respond-to-quote";
import type { TRateBook } from "@/lib/rating";
import { LineChunker, type LineChunk } from "./lines";
import { BATCH_WORKER_ROLE } from "./protocol";
import { WorkerPool, type PricedChunk } from "./worker-pool";

/** Lines per chunk: ≈ 2 MB of answers, a few tens of milliseconds of pricing. */
const LINES_PER_CHUNK = 64;
/** Below this much input (≈ 500 requests) starting workers costs more than it saves. */
const WORKERS_FROM_BYTES = 256 * 1024;
/**
 * The same for summary answers (≈ 16 000 requests): each is priced and written in a fraction of a
 * full answer's time, so the workers' start and warm-up on two cores (≈ 0.45 s of wall time) pay
 * only for much larger inputs (BENCHMARKS.md, "Batch CLI: one thread for summaries").
 */
const SUMMARY_WORKERS_FROM_BYTES = 8 * 1024 * 1024;
const MAX_WORKERS = 8;
/** Chunks handed out and not yet written, per worker: enough to keep every worker busy. */
const CHUNKS_IN_FLIGHT_PER_WORKER = 3;
const READ_SIZE = 1024 * 1024;

export interface BatchOptions {
  /** The input file; undefined reads stdin. */
  file: string | undefined;
  /** Worker threads to price with, 0 for this thread; undefined decides by the input's size. */
  workers: number | undefined;
  /** This program's entry module (its import.meta.url), started again as each worker. */
  entryUrl: string;
  /** When the batch started (ms since the epoch), for the default policy start. */
  now: number;
  /** The rate books from the database, for the workers; undefined: they read data/ themselves. */
  rateBooks: TRateBook[] | undefined;
  /** The catalog's models from the database; undefined: data/catalog/. */
  models?: TVehicleModel[];
  /** What each answer holds (--detail, --lang). */
  quote: QuoteOptions;
  /** The pricing context for this thread, when the batch is priced here. */
  context: () => Promise<QuoteContext>;
}

/** Prices the batch, writing to stdout; returns the number of bad lines. */
export async function quoteBatch(options: BatchOptions): Promise<number> {
  const input = options.file === undefined ? process.stdin : createReadStream(options.file, { highWaterMark: READ_SIZE });
  const reader = (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  // A regular file's size is known at once, so its workers can start before anything is read.
  const stats = options.file === undefined ? undefined : statSync(options.file);
  const fileSize = stats?.isFile() ? stats.size : undefined;
  const from = options.quote.detail === "summary" ? SUMMARY_WORKERS_FROM_BYTES : WORKERS_FROM_BYTES;
  const workers = options.workers ?? (fileSize === undefined ? await workersFor(reader, head, from) : workersForSize(fileSize, from));
  const chunks = chunksOf(head, reader);
  return workers === 0 ? priceHere(chunks, await options.context(), options.quote) : priceInWorkers(chunks, workers, options);
}

/** Reads ahead until the input is known to be large (or has ended): workers only for large inputs. */
async function workersFor(reader: AsyncIterator<Uint8Array>, head: Uint8Array[], from: number): Promise<number> {
  let bytes = 0;
  while (bytes < from) {
    const next = await reader.next();
    if (next.done) return 0;
    head.push(next.value);
    bytes += next.value.length;
  }
  return workersForSize(bytes, from);
}

/** One worker per core for an input of at least `from` bytes; none for a smaller one, or on one core (a worker would only add its start-up to the same work). */
function workersForSize(bytes: number, from: number): number {
  const cores = availableParallelism();
  return bytes < from || cores < 2 ? 0 : Math.min(cores, MAX_WORKERS);
}

async function* chunksOf(head: Uint8Array[], reader: AsyncIterator<Uint8Array>): AsyncGenerator<LineChunk> {
  const chunker = new LineChunker(LINES_PER_CHUNK);
  for (const data of head) yield* chunker.push(data);
  for (;;) {
    const next = await reader.next();
    if (next.done) break;
    yield* chunker.push(next.value);
  }
  yield* chunker.end();
}

/** Writes to stdout; resolves once the bytes are handed over (so they may be reused). */
function writeOut(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

async function priceHere(chunks: AsyncIterable<LineChunk>, ctx: QuoteContext, quote: QuoteOptions): Promise<number> {
  const [{ JsonBytes }, { priceLines }] = await Promise.all([import("@/lib/api/json-bytes"), import("./price-lines")]);
  const out = new JsonBytes(4 << 20);
  let bad = 0;
  for await (const chunk of chunks) {
    out.length = 0;
    bad += priceLines(chunk, ctx, out, quote);
    if (out.length > 0) await writeOut(out.bytes.subarray(0, out.length));
  }
  return bad;
}

function priceInWorkers(chunks: AsyncIterable<LineChunk>, count: number, options: BatchOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const priced = new Map<number, PricedChunk>();
    let sent = 0;
    let written = 0;
    let bad = 0;
    let allSent = false;
    let writing = false;
    let stopped = false;
    let wakeReader: (() => void) | undefined;

    const stop = (error?: unknown) => {
      if (stopped) return;
      stopped = true;
      wakeReader?.();
      void pool.close().then(() => (error === undefined ? resolve(bad) : reject(error)), reject);
    };

    // Writes the answers that are next in order, as they arrive.
    const writeReady = async () => {
      if (writing) return;
      writing = true;
      try {
        while (!stopped && priced.has(written)) {
          const chunk = priced.get(written)!;
          priced.delete(written);
          bad += chunk.bad;
          if (chunk.bytes.length > 0) await writeOut(chunk.bytes);
          chunk.release();
          written += 1;
          wakeReader?.();
        }
      } catch (error) {
        stop(error);
      } finally {
        writing = false;
      }
      if (allSent && written === sent) stop();
    };

    const pool = new WorkerPool(count, options.entryUrl, { role: BATCH_WORKER_ROLE, now: options.now, rateBooks: options.rateBooks, models: options.models, options: options.quote }, (chunk) => {
      priced.set(chunk.seq, chunk);
      if (allSent) pool.retireIdle();
      void writeReady();
    }, stop);

    const capacity = count * CHUNKS_IN_FLIGHT_PER_WORKER;
    void (async () => {
      for await (const chunk of chunks) {
        while (!stopped && sent - written >= capacity) await new Promise<void>((wake) => (wakeReader = wake));
        wakeReader = undefined;
        if (stopped) return;
        pool.price(sent, chunk);
        sent += 1;
      }
      allSent = true;
      pool.retireIdle();
      if (written === sent) stop();
    })().catch(stop);
  });
}
