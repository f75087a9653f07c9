/**
 * One streamed impact analysis in its own process (so its peak memory is its own), for
 * `npm run bench:impact`: `npx tsx bench/impact-stream.ts <portfolio.jsonl> [--floor]`. Prints JSON:
 * the seconds, the requests and the process's peak resident memory. With --floor it only reads
 * the file line by line and decodes each line's JSON, in one thread: the floor of any analysis
 * of the file.
 */
import { createReadStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { forEachLine, LineChunker } from "@/lib/cli/batch/lines";
import { streamImpact } from "@/lib/editor/impact-stream.server";
import { benchEdition, INSURER } from "./impact-edit";

const file = process.argv[2]!;
const start = performance.now();
let requests = 0;
let result: Record<string, unknown> = {};
if (process.argv.includes("--floor")) {
  const chunker = new LineChunker(2000);
  const visit = (bytes: Uint8Array) =>
    forEachLine(bytes, (s, e) => {
      const text = Buffer.from(bytes.buffer, bytes.byteOffset + s, e - s).toString("utf8");
      if (text.trim() !== "") {
        JSON.parse(text);
        requests += 1;
      }
    });
  for await (const data of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) for (const chunk of chunker.push(data)) visit(chunk.bytes);
  for (const chunk of chunker.end()) visit(chunk.bytes);
} else {
  const { current, proposed } = benchEdition();
  const report = await streamImpact({ path: file, current, proposed, insurerId: INSURER });
  requests = report.requests;
  result = { count: report.count, meanChangePercent: report.meanChangePercent, medianChangePercent: report.medianChangePercent, newlyDeclined: report.newlyDeclined };
}
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ requests, seconds: Number(seconds.toFixed(2)), requestsPerSecond: Math.round(requests / seconds), peakMiB: Math.round(process.resourceUsage().maxRSS / 1024), ...result }));
