/** The batch quoter's pricing workers, seen from the main thread. */
import { Worker } from "node:worker_threads";
import type { LineChunk } from "./lines";
import type { BatchWorkerData, FromWorker, ToWorker } from "./protocol";

export interface PricedChunk {
  seq: number;
  /** The chunk's answers as JSON Lines. */
  bytes: Uint8Array;
  bad: number;
  /** Gives the bytes back to their worker for reuse, once written. */
  release(): void;
}

/**
 * Starts the program's entry module again as a worker: directly when it is JavaScript (the
 * bundle), through tsx's loader when it is the TypeScript source (on Node 20 a worker does not
 * get tsx's hooks by itself, so the worker registers them before importing the entry).
 */
function startWorker(entryUrl: string, workerData: BatchWorkerData): Worker {
  if (!entryUrl.endsWith(".ts")) return new Worker(new URL(entryUrl), { workerData });
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const source = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}); });`;
  return new Worker(source, { eval: true, workerData });
}

export class WorkerPool {
  private readonly workers: Worker[];
  /** Chunks sent to each worker and not answered yet. */
  private readonly load: number[];
  private closing = false;

  constructor(count: number, entryUrl: string, data: BatchWorkerData, onPriced: (chunk: PricedChunk) => void, onError: (error: Error) => void) {
    this.load = new Array<number>(count).fill(0);
    this.workers = Array.from({ length: count }, (_, i) => {
      const worker = startWorker(entryUrl, data);
      worker.on("message", (m: FromWorker) => {
        this.load[i]! -= 1;
        const release = () => {
          if (!this.closing) worker.postMessage({ kind: "recycle", buffer: m.buffer } satisfies ToWorker, [m.buffer]);
        };
        onPriced({ seq: m.seq, bytes: new Uint8Array(m.buffer, 0, m.length), bad: m.bad, release });
      });
      worker.on("error", onError);
      worker.on("exit", (code) => {
        if (!this.closing) onError(new Error(`a pricing worker stopped unexpectedly (exit code ${code})`));
      });
      return worker;
    });
  }

  /** Sends a chunk to the least busy worker (its bytes are moved, not copied). */
  price(seq: number, chunk: LineChunk): void {
    let i = 0;
    for (let j = 1; j < this.load.length; j += 1) if (this.load[j]! < this.load[i]!) i = j;
    this.load[i]! += 1;
    const message: ToWorker = { kind: "chunk", seq, chunk };
    this.workers[i]!.postMessage(message, [chunk.bytes.buffer as ArrayBuffer]);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
