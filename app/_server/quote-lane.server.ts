// The production server's fast lane: POST /api/v1/quotes answered at the node:http level, before
// Next.js's router (docs/decisions/0033-api-fast-lane.md). The answer is the route handler's own
// (lib/api/quote-answer.ts: the same checks, the same bytes); what Next.js adds to that route's
// responses is added here the same way: the API's security headers (next.config.ts), the Vary
// header of an App Router route, and compression when the client accepts it (Next.js's own
// compression middleware, as its router applies it). tests/api/quote-lane.test.ts and
// tests/e2e/fast-lane.e2e.ts compare the two, byte for byte.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { answerQuote, QUOTE_CONTENT_TYPE } from "@/lib/api/quote-answer";
import { readLimitedNodeBody } from "@/lib/api/read-limited-body";
import { API_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { getPricingContext } from "@/lib/server/pricing-context.server";

export const QUOTE_PATH = "/api/v1/quotes";

/** What Next.js's App Router sends as `Vary` for a route handler, and what its compression adds. */
export const ROUTE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const require = createRequire(import.meta.url);
let compression: { middleware: Middleware; release: (res: ServerResponse) => void } | undefined;

/** Next.js's compression middleware (its defaults: gzip or deflate by the client's Accept-Encoding, the response's type compressible). */
function compress(req: IncomingMessage, res: ServerResponse): void {
  compression ??= {
    middleware: (require("next/dist/compiled/compression") as () => Middleware)(),
    release: (require("next/dist/server/lib/release-compression-stream") as { releaseCompressionStream: (res: ServerResponse) => void }).releaseCompressionStream,
  };
  const { middleware, release } = compression;
  middleware(req, res, () => {});
  // As Next.js does: a client that goes away must not leave the zlib stream open.
  res.once("close", () => {
    if (!res.writableFinished) release(res);
  });
}

/** Whether the fast lane answers this request (everything else goes to Next.js, as before). */
export function isQuoteRequest(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const url = req.url ?? "";
  return url.startsWith(QUOTE_PATH) && (url.length === QUOTE_PATH.length || url.charCodeAt(QUOTE_PATH.length) === 63 /* ? */);
}

/** Answers a POST /api/v1/quotes request; never throws (a failure is a 500, as Next.js answers one). */
export async function handleQuoteRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "";
  const q = url.indexOf("?");
  const params = new URLSearchParams(q < 0 ? "" : url.slice(q + 1));
  try {
    const answer = await answerQuote(params, (limit) => readLimitedNodeBody(req, limit), getPricingContext);
    for (const { key, value } of API_SECURITY_HEADERS) res.setHeader(key, value);
    res.setHeader("Vary", ROUTE_VARY);
    res.setHeader("content-type", QUOTE_CONTENT_TYPE);
    // The rest of an oversize body is not buffered; Node.js discards it after the answer, so that
    // the client reads the 400 and the connection can be used again (as under Next.js).
    res.statusCode = answer.status;
    if (req.headers["accept-encoding"] !== undefined) {
      compress(req, res);
      res.write(answer.body);
      res.end();
    } else {
      res.end(answer.body);
    }
  } catch (error) {
    if (res.headersSent || req.destroyed) {
      res.destroy();
      return;
    }
    process.stderr.write(`kasko-compare: POST ${url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    for (const { key, value } of API_SECURITY_HEADERS) res.setHeader(key, value);
    res.statusCode = 500;
    res.end();
  }
}
