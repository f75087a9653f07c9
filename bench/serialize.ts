/**
 * npm run bench:serialize — the response serializer against JSON.stringify, per comparison
 * response (≈ 32 KB of JSON): CPU time over 2 000 generated responses, several rounds, variants
 * alternated; the median round of each is printed.
 */
import { JsonBytes } from "@/lib/api/json-bytes";
import { serializeResponse, writeResponse } from "@/lib/api/serialize-response";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest, type ComparisonResponse } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";

const ROUNDS = 9;
const library = getDiskLibrary();
const responses = generateRequests(catalog, 2000, 7).map((raw) => {
  const parsed = parseQuoteRequest(raw, catalog, "2026-11-22");
  if (!parsed.ok) throw new Error("generated request is invalid");
  return compareQuotes(parsed.request, library, catalog);
});

const out = new JsonBytes(1 << 20);
const encoded = Buffer.alloc(1 << 20);
const variants: Record<string, (r: ComparisonResponse) => number> = {
  "JSON.stringify": (r) => JSON.stringify(r).length,
  "JSON.stringify + UTF-8 into a buffer": (r) => encoded.write(JSON.stringify(r), 0, "utf8"),
  "writeResponse (UTF-8 bytes)": (r) => {
    out.length = 0;
    writeResponse(out, r);
    return out.length;
  },
  "serializeResponse (string)": (r) => serializeResponse(r).length,
};

for (const r of responses.slice(0, 50)) if (serializeResponse(r) !== JSON.stringify(r)) throw new Error("serializer output differs from JSON.stringify");

const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, serialize] of Object.entries(variants)) {
    const start = process.cpuUsage();
    for (const r of responses) serialize(r);
    const used = process.cpuUsage(start);
    rounds[name]!.push((used.user + used.system) / responses.length);
  }
}
const bytes = responses.reduce((sum, r) => sum + Buffer.byteLength(JSON.stringify(r)), 0) / responses.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perResponse = Object.fromEntries(Object.entries(rounds).map(([name, xs]) => [name, `${median(xs).toFixed(1)} µs`]));
console.log(JSON.stringify({ node: process.version, responses: responses.length, bytesPerResponse: Math.round(bytes), perResponse }, null, 2));
