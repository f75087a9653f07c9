/** A pricing worker of the batch quoter: chunks of lines in, their JSON Lines answers out. */
import { parentPort, workerData } from "node:worker_threads";
import { JsonBytes } from "@/lib/api/json-bytes";
import { buildCatalog, catalog as shippedCatalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { buildLibrary, compileRateBook } from "@/lib/rating";
import { getDiskLibraryForPricing } from "@/lib/rate-books/load-from-disk.server";
import { priceLines } from "./price-lines";
import type { BatchWorkerData, FromWorker, ToWorker } from "./protocol";

/** Room for a chunk's answers (≈ 35 KB each); grown when needed, then reused. */
const OUTPUT_CAPACITY = 4 << 20;

export function runBatchWorker(): void {
  const data = workerData as BatchWorkerData;
  const port = parentPort!;
  const library = data.rateBooks ? buildLibrary(data.rateBooks.map(compileRateBook)) : getDiskLibraryForPricing();
  const catalog = data.models ? buildCatalog(data.models) : shippedCatalog;
  const ctx = { library, catalog, today: todayIso(new Date(data.now)) };
  const spare: Uint8Array[] = [];
  port.on("message", (message: ToWorker) => {
    if (message.kind === "recycle") {
      spare.push(new Uint8Array(message.buffer));
      return;
    }
    const out = new JsonBytes(spare.pop() ?? OUTPUT_CAPACITY);
    const bad = priceLines(message.chunk, ctx, out, data.options);
    const buffer = out.bytes.buffer as ArrayBuffer;
    const answer: FromWorker = { seq: message.seq, buffer, length: out.length, bad };
    port.postMessage(answer, [buffer]);
  });
}
