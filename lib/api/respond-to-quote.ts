import type { Catalog } from "@/lib/catalog";
import { bodyError, compareQuotes, parseQuoteRequest, type ComparisonResponse, type InvalidRequest, type RateBookLibrary } from "@/lib/rating";
import { JsonBytes, utf8 } from "./json-bytes";
import { writeResponse } from "./serialize-response";

/** Largest request body accepted, in bytes: a generous request with 5 drivers is under 2 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface QuoteContext {
  library: RateBookLibrary;
  catalog: Catalog;
  /** Default policy start (YYYY-MM-DD). */
  today: string;
}

export type QuoteOutcome = { status: 200; body: ComparisonResponse } | { status: 400; body: InvalidRequest };

/** Decoded JSON → validated request → ranked comparison, or the field-level error. Shared by the API and the CLI. */
export function respondToQuoteJson(json: unknown, ctx: QuoteContext): QuoteOutcome {
  const parsed = parseQuoteRequest(json, ctx.catalog, ctx.today);
  if (!parsed.ok) return { status: 400, body: parsed.error };
  return { status: 200, body: compareQuotes(parsed.request, ctx.library, ctx.catalog) };
}

/** Same as respondToQuoteJson, from the raw body text (malformed JSON is a field-level error too). */
export function respondToQuoteText(text: string, ctx: QuoteContext): QuoteOutcome {
  if (text.trim() === "") return { status: 400, body: bodyError("the request body is empty; send a JSON quote request") };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { status: 400, body: bodyError(`the request body is not valid JSON (${(e as Error).message})`) };
  }
  return respondToQuoteJson(json, ctx);
}

/**
 * The outcome's body as UTF-8 JSON, byte for byte `JSON.stringify(outcome.body)`; a comparison
 * is written by the fast serializer (serialize-response.ts).
 */
export function outcomeJson(outcome: QuoteOutcome): Uint8Array {
  if (outcome.status !== 200) return utf8(JSON.stringify(outcome.body));
  const out = new JsonBytes();
  writeResponse(out, outcome.body);
  return out.bytes.subarray(0, out.length);
}
