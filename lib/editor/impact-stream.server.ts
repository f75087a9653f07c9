// Server-only (worker threads, files); also run by the benchmark under tsx, hence no
// "server-only" import (see docs/decisions/0004-server-only-code.md).
/**
 * The impact analysis over a portfolio file of any size: the file is read in chunks of lines,
 * the chunks priced premium-only on worker threads (lib/editor/impact-chunk.ts), and only what
 * the report needs is kept — per request quoted on both sides its two premiums in kopecks (16
 * bytes), per chunk its sums, bins, top movers and first decline changes. The report is the one
 * analyzeImpact gives for the same requests, without the per-request `changes` list, and with at
 * most `maxDeclineChanges` decline changes listed (all of them counted).
 */
import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { buildCatalog, catalog as shippedCatalog, type Catalog } from "@/lib/catalog";
import type { TVehicleModel } from "@/lib/catalog/schema";
import { LineChunker, type LineChunk } from "@/lib/cli/batch/lines";
import { bundledEntry } from "@/lib/cli/batch/bundled-entry";
import { startWorker } from "@/lib/cli/batch/worker-pool";
import { buildLibrary, compileRateBook, Decimal, type TRateBook } from "@/lib/rating";
import { bothSides, IMPACT_BIN_EDGES_PERCENT, percentText, relativeChange, EDGES, type ImpactDeclineChange, type ImpactMover, type ImpactReport } from "./impact";
import { analyzeChunk, Status, type ChunkResult, type ChunkSetup } from "./impact-chunk";

/** The streamed report: analyzeImpact's, without the per-request list of changes. */
export type StreamedImpactReport = Omit<ImpactReport, "changes">;

export interface StreamImpactInput {
  /** A JSON Lines portfolio: one quote request per line, each giving its policyStart. */
  path: string;
  /** The rate books of both sides (all editions; only `insurerId`'s are used). */
  current: readonly TRateBook[];
  proposed: readonly TRateBook[];
  insurerId: string;
  /** The catalog the requests are validated and priced against (the site's, from the database); the shipped one by default. */
  catalog?: Catalog;
  policyStart?: string;
  topMovers?: number;
  /** How many decline changes to list (default 200); all are counted. */
  maxDeclineChanges?: number;
  /** Worker threads (0: price in this thread); default one per core. */
  workers?: number;
  /** Called after each chunk, in order: the bytes and requests analysed so far. */
  onProgress?: (progress: { bytesDone: number; bytesTotal: number; requests: number }) => void;
}

const LINES_PER_CHUNK = 2000;
const CHUNKS_IN_FLIGHT_PER_WORKER = 3;

/** The role a worker started from this module's entry plays. */
export const IMPACT_WORKER_ROLE = "impact-worker";

export interface ImpactWorkerData {
  role: typeof IMPACT_WORKER_ROLE;
  /** `models`: the catalog's models when it is not the shipped one. */
  setup: Omit<ChunkSetup, "sides"> & { current: readonly TRateBook[]; proposed: readonly TRateBook[]; models?: readonly TVehicleModel[] };
}

function onlyInsurer(books: readonly TRateBook[], insurerId: string) {
  return buildLibrary(books.filter((b) => b.insurer.id === insurerId).map(compileRateBook));
}

export function chunkSetup({ models, current, proposed, ...data }: ImpactWorkerData["setup"]): ChunkSetup {
  const catalog = models === undefined ? shippedCatalog : buildCatalog(models);
  return { ...data, sides: bothSides(onlyInsurer(current, data.insurerId), onlyInsurer(proposed, data.insurerId), data.insurerId, catalog) };
}

/** Growable parallel lists of the premiums (kopecks) of the requests quoted on both sides. */
class PremiumPairs {
  before = new BigInt64Array(1 << 16);
  after = new BigInt64Array(1 << 16);
  length = 0;

  push(b: bigint, a: bigint): void {
    if (this.length === this.before.length) {
      const grow = (xs: BigInt64Array) => {
        const ys = new BigInt64Array(xs.length * 2);
        ys.set(xs);
        return ys;
      };
      this.before = grow(this.before);
      this.after = grow(this.after);
    }
    this.before[this.length] = b;
    this.after[this.length] = a;
    this.length += 1;
  }

  /** Orders pairs i and j by their exact relative change (after / before), without dividing. */
  compare(i: number, j: number): number {
    const x = this.after[i]! * this.before[j]!;
    const y = this.after[j]! * this.before[i]!;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  swap(i: number, j: number): void {
    const b = this.before[i]!;
    const a = this.after[i]!;
    this.before[i] = this.before[j]!;
    this.after[i] = this.after[j]!;
    this.before[j] = b;
    this.after[j] = a;
  }

  /**
   * Moves the k-th smallest change to position k, no larger ones before it (quickselect with a
   * three-way partition: most changes of a small edit are exactly equal, often zero).
   */
  select(k: number): void {
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      this.swap((lo + hi) >> 1, lo);
      // [lo, lt) < pivot, [lt, i) = pivot, (gt, hi] > pivot; the pivot stays at position lt.
      let lt = lo;
      let gt = hi;
      let i = lo + 1;
      while (i <= gt) {
        const c = this.compare(i, lt);
        if (c < 0) {
          this.swap(i, lt);
          lt += 1;
          i += 1;
        } else if (c > 0) {
          this.swap(i, gt);
          gt -= 1;
        } else i += 1;
      }
      if (k < lt) hi = lt - 1;
      else if (k > gt) lo = gt + 1;
      else return;
    }
  }

  /** The exact change of pair i in percent, as analyzeImpact works it out. */
  change(i: number): Decimal {
    return relativeChange(money(this.before[i]!), money(this.after[i]!));
  }
}

const money = (kopecks: bigint) => new Decimal(kopecks.toString()).div(100);

/** Everything kept so far, chunk by chunk in input order. */
class Totals {
  requests = 0;
  quotedBefore = 0;
  quotedAfter = 0;
  newlyDeclined = 0;
  newlyQuoted = 0;
  totalBefore = 0n;
  totalAfter = 0n;
  changeSum = new Decimal(0);
  bins = new Array<number>(EDGES.length + 1).fill(0);
  pairs = new PremiumPairs();
  movers: (ImpactMover & { exact: Decimal })[] = [];
  declineChanges: ImpactDeclineChange[] = [];

  constructor(
    private readonly topN: number,
    private readonly maxDeclineChanges: number,
  ) {}

  add(chunk: ChunkResult): void {
    const offset = this.requests;
    for (let i = 0; i < chunk.count; i += 1) {
      const s = chunk.status[i]!;
      const quotedBefore = s === Status.BothQuoted || s === Status.ZeroBefore || s === Status.NewlyDeclined;
      const quotedAfter = s === Status.BothQuoted || s === Status.ZeroBefore || s === Status.NewlyQuoted;
      if (quotedBefore) this.quotedBefore += 1;
      if (quotedAfter) this.quotedAfter += 1;
      if (s === Status.NewlyDeclined) this.newlyDeclined += 1;
      if (s === Status.NewlyQuoted) this.newlyQuoted += 1;
      if (s === Status.BothQuoted) {
        this.totalBefore += chunk.before[i]!;
        this.totalAfter += chunk.after[i]!;
        this.pairs.push(chunk.before[i]!, chunk.after[i]!);
      }
    }
    this.requests += chunk.count;
    this.changeSum = this.changeSum.plus(chunk.changeSum);
    chunk.bins.forEach((n, i) => (this.bins[i]! += n));
    for (const m of chunk.movers) {
      const exact = new Decimal(m.change);
      this.movers.push({ index: offset + m.local, before: m.before, after: m.after, changePercent: percentText(exact), calculatorQuery: m.calculatorQuery, exact });
    }
    this.movers.sort((x, y) => y.exact.abs().cmp(x.exact.abs()) || x.index - y.index);
    this.movers.length = Math.min(this.movers.length, this.topN);
    for (const d of chunk.declineChanges) {
      if (this.declineChanges.length >= this.maxDeclineChanges) break;
      this.declineChanges.push({ ...d, index: offset + d.index });
    }
  }

  report(insurerId: string): StreamedImpactReport {
    const count = this.pairs.length;
    let median: string | null = null;
    if (count > 0) {
      const mid = Math.floor(count / 2);
      this.pairs.select(mid);
      const upper = this.pairs.change(mid);
      if (count % 2 === 1) median = percentText(upper);
      else {
        // The largest change below the middle one: the (mid − 1)-th.
        let lower = 0;
        for (let i = 1; i < mid; i += 1) if (this.pairs.compare(i, lower) > 0) lower = i;
        median = percentText(this.pairs.change(lower).plus(upper).div(2));
      }
    }
    const totalBefore = money(this.totalBefore);
    const totalAfter = money(this.totalAfter);
    return {
      insurerId,
      requests: this.requests,
      count,
      quotedBefore: this.quotedBefore,
      quotedAfter: this.quotedAfter,
      declinedBefore: this.requests - this.quotedBefore,
      declinedAfter: this.requests - this.quotedAfter,
      newlyDeclined: this.newlyDeclined,
      newlyQuoted: this.newlyQuoted,
      meanChangePercent: count > 0 ? percentText(this.changeSum.div(count)) : null,
      medianChangePercent: median,
      premiumTotalBefore: totalBefore.toFixed(2),
      premiumTotalAfter: totalAfter.toFixed(2),
      totalChangePercent: count > 0 ? percentText(relativeChange(totalBefore, totalAfter)) : null,
      bins: this.bins.map((n, i) => ({ fromPercent: i === 0 ? null : IMPACT_BIN_EDGES_PERCENT[i - 1]!, toPercent: i === EDGES.length ? null : IMPACT_BIN_EDGES_PERCENT[i]!, count: n })),
      topMovers: this.movers.map((m) => ({ index: m.index, before: m.before, after: m.after, changePercent: m.changePercent, calculatorQuery: m.calculatorQuery })),
      declineChanges: this.declineChanges,
    };
  }
}

async function* chunksOf(path: string, onRead: (bytes: number) => void): AsyncGenerator<LineChunk> {
  const chunker = new LineChunker(LINES_PER_CHUNK);
  for await (const data of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    onRead(data.length);
    yield* chunker.push(data);
  }
  yield* chunker.end();
}

/** The impact report over the portfolio file, streamed (see the module's comment). */
export async function streamImpact(input: StreamImpactInput): Promise<StreamedImpactReport> {
  const bytesTotal = statSync(input.path).size;
  const setupData: ImpactWorkerData["setup"] = {
    current: input.current,
    proposed: input.proposed,
    insurerId: input.insurerId,
    models: input.catalog === undefined || input.catalog === shippedCatalog ? undefined : [...input.catalog.models.values()],
    policyStart: input.policyStart,
    topMovers: input.topMovers ?? 20,
    maxDeclineChanges: input.maxDeclineChanges ?? 200,
    source: input.path,
  };
  const totals = new Totals(setupData.topMovers, setupData.maxDeclineChanges);
  let bytesRead = 0;
  const chunks = chunksOf(input.path, (n) => (bytesRead += n));
  const progress = () => input.onProgress?.({ bytesDone: bytesRead, bytesTotal, requests: totals.requests });
  const workers = input.workers ?? availableParallelism();
  if (workers === 0) {
    const setup = chunkSetup(setupData);
    for await (const chunk of chunks) {
      totals.add(analyzeChunk(chunk.bytes, chunk.firstLine, setup));
      progress();
    }
    return totals.report(input.insurerId);
  }
  const entry = await bundledEntry(new URL(import.meta.url.endsWith(".ts") ? "./impact-worker.ts" : "./impact-worker.js", import.meta.url).href);
  await inWorkers(chunks, entry, workers, setupData, (result) => {
    totals.add(result);
    progress();
  });
  return totals.report(input.insurerId);
}

/** Prices the chunks on `count` workers started from `entry`; hands their results to `take` in input order. */
function inWorkers(chunks: AsyncGenerator<LineChunk>, entry: string, count: number, setup: ImpactWorkerData["setup"], take: (result: ChunkResult) => void): Promise<void> {
  const data: ImpactWorkerData = { role: IMPACT_WORKER_ROLE, setup };
  const pool: Worker[] = Array.from({ length: count }, () => startWorker(entry, data));
  const load = new Array<number>(count).fill(0);
  const done = new Map<number, ChunkResult>();
  let sent = 0;
  let taken = 0;
  let wake: (() => void) | undefined;
  let failure: unknown;
  return new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      failure ??= error;
      wake?.();
    };
    pool.forEach((worker, i) => {
      worker.on("message", (m: { seq: number; result?: ChunkResult; error?: string }) => {
        load[i]! -= 1;
        if (m.error !== undefined || !m.result) return fail(new Error(m.error));
        done.set(m.seq, m.result);
        while (done.has(taken)) {
          take(done.get(taken)!);
          done.delete(taken);
          taken += 1;
        }
        wake?.();
      });
      worker.on("error", fail);
    });
    void (async () => {
      try {
        for await (const chunk of chunks) {
          while (failure === undefined && sent - taken >= count * CHUNKS_IN_FLIGHT_PER_WORKER) await new Promise<void>((w) => (wake = w));
          if (failure !== undefined) break;
          let i = 0;
          for (let j = 1; j < count; j += 1) if (load[j]! < load[i]!) i = j;
          load[i]! += 1;
          pool[i]!.postMessage({ seq: sent, chunk }, [chunk.bytes.buffer as ArrayBuffer]);
          sent += 1;
        }
        while (failure === undefined && taken < sent) await new Promise<void>((w) => (wake = w));
      } catch (error) {
        failure ??= error;
      }
      await Promise.all(pool.map((w) => w.terminate()));
      if (failure !== undefined) reject(failure);
      else resolve();
    })();
  });
}
