/**
 * A fingerprint of the library's full responses: `npx tsx bench/response-hash.ts [count] [seed]`.
 * Prices `count` generated requests (default 6 000) with the rate books in data/ and prints the
 * SHA-256 of every response as `JSON.stringify` writes it and of the API's bytes. Run it before
 * and after a change to the engine or the serializer: equal hashes mean the same output, byte for byte.
 */
import { createHash } from "node:crypto";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";
import { outcomeJson } from "@/lib/api/respond-to-quote";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";

const count = Number(process.argv[2] ?? 6000);
const seed = Number(process.argv[3] ?? 42);
const TODAY = "2026-11-22";
const library = getDiskLibrary();
const text = createHash("sha256");
const bytes = createHash("sha256");
let quotes = 0;
let declines = 0;
for (const raw of generateRequests(catalog, count, seed)) {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error)}`);
  const body = compareQuotes(parsed.request, library, catalog);
  quotes += body.quotes.length;
  declines += body.declined.length;
  text.update(JSON.stringify(body)).update("\n");
  bytes.update(outcomeJson({ status: 200, detail: "full", lang: undefined, body })).update("\n");
}
console.log(JSON.stringify({ count, seed, quotes, declines, json: text.digest("hex"), bytes: bytes.digest("hex") }, null, 2));
