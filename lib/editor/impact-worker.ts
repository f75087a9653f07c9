/** A worker thread of the streamed impact analysis: chunks of portfolio lines in, their compact results out. */
import { parentPort, workerData } from "node:worker_threads";
import type { LineChunk } from "@/lib/cli/batch/lines";
import { analyzeChunk } from "./impact-chunk";
import { chunkSetup, type ImpactWorkerData } from "./impact-stream.server";

const setup = chunkSetup((workerData as ImpactWorkerData).setup);
const port = parentPort!;
port.on("message", ({ seq, chunk }: { seq: number; chunk: LineChunk }) => {
  try {
    const result = analyzeChunk(chunk.bytes, chunk.firstLine, setup);
    port.postMessage({ seq, result }, [result.status.buffer, result.before.buffer, result.after.buffer] as ArrayBuffer[]);
  } catch (error) {
    port.postMessage({ seq, error: (error as Error).message });
  }
});
