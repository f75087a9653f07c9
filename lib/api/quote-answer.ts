// The one answer of POST /api/v1/quotes, whichever server asks: the route handler under Next.js
// (app/api/v1/quotes/route.ts, what `next dev` serves) and the fast lane of the production
// server (app/_server/quote-lane.server.ts) both call answerQuote and send its status and bytes as they are.
// The order of the checks is part of the answer: the query first (a bad one is refused without
// reading the body), then the body's size, then the request itself.
import { bodyError } from "@/lib/rating";
import { utf8 } from "./json-bytes";
import { parseQuoteQuery } from "./quote-query";
import { MAX_BODY_BYTES, outcomeJson, respondToQuoteText, type QuoteContext } from "./respond-to-quote";

/** What the server sends: the status and the JSON body's bytes (its content type is `application/json`). */
export interface QuoteAnswer {
  status: 200 | 400;
  body: Uint8Array;
}

export const QUOTE_CONTENT_TYPE = "application/json";

/** The body as the request's reader gives it: its text, or `ok: false` when it is over `limit` bytes. */
export type LimitedBody = { ok: true; text: string } | { ok: false };

/**
 * The answer to one quote request: `params` is the query string's parameters, `readBody` reads
 * the body up to a limit (only called when the query is good), `context` the pricing context
 * (only asked for once the body is read).
 */
export async function answerQuote(params: URLSearchParams, readBody: (limit: number) => Promise<LimitedBody>, context: () => QuoteContext | Promise<QuoteContext>): Promise<QuoteAnswer> {
  const query = parseQuoteQuery(params);
  if (!query.ok) return { status: 400, body: utf8(JSON.stringify(query.error)) };
  const body = await readBody(MAX_BODY_BYTES);
  if (!body.ok) return { status: 400, body: utf8(JSON.stringify(bodyError(`the request body is larger than ${MAX_BODY_BYTES} bytes`))) };
  const outcome = respondToQuoteText(body.text, await context(), query.options);
  return { status: outcome.status, body: outcomeJson(outcome) };
}
