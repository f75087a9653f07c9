import type { Catalog } from "@/lib/catalog";
import { bodyError, compareQuotes, compareSummary, parseQuoteRequest, quickQuoteRequest, type ComparisonResponse, type InvalidRequest, type RateBookLibrary, type SummaryResponse } from "@/lib/rating";
import { JsonBytes, utf8 } from "./json-bytes";
import { localizeComparison, localizeSummary, type LocalizedComparison, type LocalizedSummary } from "./localize-response";
import { DEFAULT_QUOTE_OPTIONS, type QuoteOptions } from "./quote-options";
import { writeResponse } from "./serialize-response";

/** Largest request body accepted, in bytes: a generous request with 5 drivers is under 2 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface QuoteContext {
  library: RateBookLibrary;
  catalog: Catalog;
  /** Default policy start (YYYY-MM-DD). */
  today: string;
}

/** What a priced request answers: the full comparison (default), the summary, either with labels in one language. */
export type QuoteBody = ComparisonResponse | SummaryResponse | LocalizedComparison | LocalizedSummary;

export type QuoteOutcome =
  | { status: 200; detail: "full"; lang: undefined; body: ComparisonResponse }
  | { status: 200; detail: QuoteOptions["detail"]; lang: QuoteOptions["lang"]; body: QuoteBody }
  | { status: 400; body: InvalidRequest };

/**
 * Decoded JSON → validated request → ranked comparison in the asked form, or the field-level error.
 * Shared by the API and the CLI. A request in one of the plain shapes is checked by the quick path
 * (quick-request.ts: the schema's result, without zod's work); every other goes through the schema.
 */
export function respondToQuoteJson(json: unknown, ctx: QuoteContext, options: QuoteOptions = DEFAULT_QUOTE_OPTIONS): QuoteOutcome {
  let request = quickQuoteRequest(json, ctx.catalog);
  if (request === undefined) {
    const parsed = parseQuoteRequest(json, ctx.catalog, ctx.today);
    if (!parsed.ok) return { status: 400, body: parsed.error };
    request = parsed.request;
  }
  const { detail, lang } = options;
  if (detail === "summary") {
    const summary = compareSummary(request, ctx.library, ctx.catalog);
    return { status: 200, detail, lang, body: lang ? localizeSummary(summary, lang) : summary };
  }
  const full = compareQuotes(request, ctx.library, ctx.catalog);
  return { status: 200, detail, lang, body: lang ? localizeComparison(full, lang) : full };
}

/** Same as respondToQuoteJson, from the raw body text (malformed JSON is a field-level error too). */
export function respondToQuoteText(text: string, ctx: QuoteContext, options: QuoteOptions = DEFAULT_QUOTE_OPTIONS): QuoteOutcome {
  if (text.trim() === "") return { status: 400, body: bodyError("the request body is empty; send a JSON quote request") };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { status: 400, body: bodyError(`the request body is not valid JSON (${(e as Error).message})`) };
  }
  return respondToQuoteJson(json, ctx, options);
}

/** Whether the outcome is the full two-language comparison (what the response serializer writes). */
export function isFullComparison(outcome: QuoteOutcome): outcome is Extract<QuoteOutcome, { detail: "full"; lang: undefined }> {
  return outcome.status === 200 && outcome.detail === "full" && outcome.lang === undefined;
}

/**
 * The outcome's body as UTF-8 JSON, byte for byte `JSON.stringify(outcome.body)`; the full
 * comparison is written by the fast serializer (serialize-response.ts).
 */
export function outcomeJson(outcome: QuoteOutcome): Uint8Array {
  if (!isFullComparison(outcome)) return utf8(JSON.stringify(outcome.body));
  const out = new JsonBytes();
  writeResponse(out, outcome.body);
  return out.bytes.subarray(0, out.length);
}
