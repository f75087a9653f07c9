/** Messages between the batch quoter's main thread and its pricing workers. */
import type { QuoteOptions } from "@/lib/api/quote-options";
import type { TVehicleModel } from "@/lib/catalog/schema";
import type { TRateBook } from "@/lib/rating";
import type { LineChunk } from "./lines";

/** Marks a worker thread started by the batch quoter (its entry module is the CLI's own). */
export const BATCH_WORKER_ROLE = "quote-batch-worker";

export interface BatchWorkerData {
  role: typeof BATCH_WORKER_ROLE;
  /** The moment the batch started (ms since the epoch): its date is every worker's default policy start. */
  now: number;
  /** The rate books to price with (from the database); absent: the ones in data/. */
  rateBooks?: TRateBook[];
  /** The catalog's models to price with (from the database); absent: the ones in data/. */
  models?: TVehicleModel[];
  /** What each answer holds (--detail, --lang). */
  options: QuoteOptions;
}

/** To a worker: a chunk to price, or an output buffer given back for reuse. */
export type ToWorker = { kind: "chunk"; seq: number; chunk: LineChunk } | { kind: "recycle"; buffer: ArrayBuffer };

/** From a worker: the answers to chunk `seq` (JSON Lines in `buffer`, `length` bytes). */
export interface FromWorker {
  seq: number;
  buffer: ArrayBuffer;
  length: number;
  bad: number;
}
