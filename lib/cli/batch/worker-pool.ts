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
export function startWorker(entryUrl: string, workerData: unknown): Worker {
  if (!entryUrl.endsWith(".ts")) return new Worker(new URL(entryUrl), { workerData });
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const source = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}); });`;
  return new Worker(source, { eval: true, workerData });
}

export class WorkerPool {
  private readonly workers: Worker[];
  /** Chunks sent to each worker and not answered yet. */
  private readonly load: number[];
  /** Workers stopped early, having no more work; and their stopping. */
  private readonly retired: boolean[];
  private readonly stopping: Promise<unknown>[] = [];
  private closing = false;

  constructor(count: number, entryUrl: string, data: BatchWorkerData, onPriced: (chunk: PricedChunk) => void, onError: (error: Error) => void) {
    this.load = new Array<number>(count).fill(0);
    this.retired = new Array<boolean>(count).fill(false);
    this.workers = Array.from({ length: count }, (_, i) => {
      const worker = startWorker(entryUrl, data);
      worker.on("message", (m: FromWorker) => {
        this.load[i]! -= 1;
        const release = () => {
          if (!this.closing && !this.retired[i]) worker.postMessage({ kind: "recycle", buffer: m.buffer } satisfies ToWorker, [m.buffer]);
        };
        onPriced({ seq: m.seq, bytes: new Uint8Array(m.buffer, 0, m.length), bad: m.bad, release });
      });
      worker.on("error", onError);
      worker.on("exit", (code) => {
        if (!this.closing && !this.retired[i]) onError(new Error(`a pricing worker stopped unexpectedly (exit code ${code})`));
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

  /**
   * Stops the workers that have answered everything sent to them, once nothing more will be sent:
   * tearing down a worker's heap takes ≈ 0.1 s, better spent while the others finish.
   */
  retireIdle(): void {
    this.workers.forEach((worker, i) => {
      if (this.retired[i] || this.load[i] !== 0) return;
      this.retired[i] = true;
      this.stopping.push(worker.terminate());
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers.filter((_, i) => !this.retired[i]).map((w) => w.terminate()), ...this.stopping]);
  }
}
