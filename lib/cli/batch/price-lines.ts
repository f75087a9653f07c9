/**
 * Prices one chunk of JSON Lines: one output line per non-blank input line, in order — the
 * comparison (full or summary, as asked), or the line's error object with its line number.
 */
import { JsonBytes, utf8 } from "@/lib/api/json-bytes";
import type { QuoteOptions } from "@/lib/api/quote-options";
import { isFullComparison, MAX_BODY_BYTES, respondToQuoteText, type QuoteContext, type QuoteOutcome } from "@/lib/api/respond-to-quote";
import { writeResponse } from "@/lib/api/serialize-response";
import { writeSummary } from "@/lib/api/serialize-summary";
import { bodyError, type SummaryResponse } from "@/lib/rating";
import { forEachLine, type LineChunk } from "./lines";

function decode(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
}

/** Appends the answers to `out`; returns the number of bad lines. */
export function priceLines(chunk: LineChunk, ctx: QuoteContext, out: JsonBytes, options: QuoteOptions): number {
  let lineNo = chunk.firstLine - 1;
  let bad = 0;
  forEachLine(chunk.bytes, (start, end) => {
    lineNo += 1;
    const line = decode(chunk.bytes, start, end);
    if (line.trim() === "") return;
    const outcome: QuoteOutcome = Buffer.byteLength(line) > MAX_BODY_BYTES
      ? { status: 400, body: bodyError(`the request is larger than ${MAX_BODY_BYTES} bytes`) }
      : respondToQuoteText(line, ctx, options);
    if (isFullComparison(outcome)) writeResponse(out, outcome.body);
    else if (outcome.status === 200 && outcome.detail === "summary" && outcome.lang === undefined) writeSummary(out, outcome.body as SummaryResponse);
    else if (outcome.status === 200) out.putText(JSON.stringify(outcome.body));
    else {
      bad += 1;
      out.put(utf8(JSON.stringify({ line: lineNo, ...outcome.body })));
    }
    out.putAscii("\n");
  });
  return bad;
}
