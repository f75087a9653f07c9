/** A pricing worker of the batch quoter: chunks of lines in, their JSON Lines answers out. */
import { parentPort, workerData } from "node:worker_threads";
import { JsonBytes } from "@/lib/api/json-bytes";
import { buildCatalog, catalog as shippedCatalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import type { QuoteContext } from "@/lib/api/respond-to-quote";
import { buildLibrary, compileRateBook, type TRateBook } from "@/lib/rating";
import { priceLines } from "./price-lines";
import type { BatchWorkerData, FromWorker, ToWorker } from "./protocol";

/** Room for a chunk's answers (≈ 35 KB each); grown when needed, then reused. */
const OUTPUT_CAPACITY = 4 << 20;

export function runBatchWorker(): void {
  const data = workerData as BatchWorkerData;
  const port = parentPort!;
  const catalog = data.models ? buildCatalog(data.models) : shippedCatalog;
  const today = todayIso(new Date(data.now));
  // Validated books: only compiled here. Without them in the data, they are the first message.
  const contextOf = (books: TRateBook[]): QuoteContext => ({ library: buildLibrary(books.map(compileRateBook)), catalog, today });
  let ctx = data.rateBooks ? contextOf(data.rateBooks) : undefined;
  const spare: Uint8Array[] = [];
  port.on("message", (message: ToWorker) => {
    if (message.kind === "books") {
      ctx = contextOf(message.rateBooks);
      return;
    }
    if (message.kind === "recycle") {
      spare.push(new Uint8Array(message.buffer));
      return;
    }
    if (ctx === undefined) throw new Error("a chunk arrived before the rate books");
    const out = new JsonBytes(spare.pop() ?? OUTPUT_CAPACITY);
    const bad = priceLines(message.chunk, ctx, out, data.options);
    const buffer = out.bytes.buffer as ArrayBuffer;
    const answer: FromWorker = { seq: message.seq, buffer, length: out.length, bad };
    port.postMessage(answer, [buffer]);
  });
}
