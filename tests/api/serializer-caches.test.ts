/**
 * The byte-level serializer keeps caches at module level, for the life of the process: however
 * many distinct insurers, editions, texts and sizes pass through, they stay within their bounds,
 * and what is written stays exactly JSON.stringify's.
 */
import { describe, expect, it } from "vitest";
import { JsonBytes, jsonBytesCacheSizes, MAX_CACHED, MAX_CACHED_BYTES, putString } from "@/lib/api/json-bytes";
import { MAX_INSURER_HEADS, MAX_RATE_BOOK_REFS, responseCacheSizes, serializeResponse } from "@/lib/api/serialize-response";
import { MAX_TAIL_KEYS, stepCacheSizes } from "@/lib/api/serialize-steps";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest, type ComparisonResponse } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { generateRequests } from "@/lib/sample/generate-requests";

const TODAY = "2026-12-01";

function someResponse(): ComparisonResponse {
  const [raw] = generateRequests(catalog, 1, 3, TODAY);
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error("generated request is invalid");
  return compareQuotes(parsed.request, fixtureLibrary(), catalog);
}

describe("the serializer's module-level caches", () => {
  it("stay within their bounds over a thousand distinct insurers, editions and thousands of matched rows", { timeout: 60_000 }, () => {
    const base = someResponse();
    expect(base.quotes.length).toBeGreaterThan(0);
    for (let i = 0; i < MAX_RATE_BOOK_REFS + 100; i += 1) {
      const response: ComparisonResponse = {
        ...base,
        quotes: base.quotes.map((q) => ({
          ...q,
          insurerId: `insurer-${i}`,
          insurerName: `Страховщик №${i}`,
          rateBook: { id: `book-${i}`, effectiveFrom: q.rateBook.effectiveFrom },
          steps: q.steps.map((s, j) => ({ ...s, matched: `${s.matched} · ${i}/${j}` })),
        })),
      };
      const json = serializeResponse(response);
      if (i % 500 === 0) expect(json).toBe(JSON.stringify(response));
      const { insurerHeads, rateBookRefs } = responseCacheSizes();
      expect(insurerHeads).toBeLessThanOrEqual(MAX_INSURER_HEADS);
      expect(rateBookRefs).toBeLessThanOrEqual(MAX_RATE_BOOK_REFS);
      expect(stepCacheSizes().tailKeys).toBeLessThanOrEqual(MAX_TAIL_KEYS);
      expect(stepCacheSizes().lookups).toBe(0);
    }
  });

  it("keep at most MAX_CACHED encoded strings and MAX_CACHED_BYTES of them, however long the texts", { timeout: 60_000 }, () => {
    const out = new JsonBytes(1024);
    const long = "ё".repeat(20_000);
    for (let i = 0; i < 2 * MAX_CACHED; i += 1) {
      out.length = 0;
      const s = `${i % 7 === 0 ? long : "метка"} ${i}`;
      putString(out, s);
      if (i % 1000 === 0) expect(out.text()).toBe(JSON.stringify(s));
      const sizes = jsonBytesCacheSizes();
      expect(sizes.strings).toBeLessThanOrEqual(MAX_CACHED);
      expect(sizes.stringBytes).toBeLessThanOrEqual(MAX_CACHED_BYTES);
    }
  });

  it("let a buffer grown by an unusually large response go again", () => {
    const base = someResponse();
    const huge: ComparisonResponse = { ...base, quotes: Array.from({ length: 40 }, () => base.quotes).flat() };
    expect(serializeResponse(huge)).toBe(JSON.stringify(huge));
    expect(responseCacheSizes().scratchBytes).toBe(256 * 1024);
    expect(serializeResponse(base)).toBe(JSON.stringify(base));
  });
});
