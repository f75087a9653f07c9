/**
 * The batch quoter's library (getDiskLibraryForPricing) is data/'s books validated once, without
 * the written form: the same editions, the same summaries as the site's library; `written` is the
 * validated book itself (no second schema pass).
 */
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { compareSummary, parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary, getDiskLibraryForPricing, loadRateBooksFromDir, rateBookDir } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";

describe("the library for pricing only", () => {
  it("leaves `written` out and prices every request as the full library does", () => {
    const pricing = loadRateBooksFromDir(rateBookDir(), false);
    const full = loadRateBooksFromDir(rateBookDir());
    expect(pricing.map((b) => b.id)).toEqual(full.map((b) => b.id));
    expect(pricing.every((b) => b.written === b.source)).toBe(true);
    expect(full.every((b) => b.written !== b.source)).toBe(true);
    expect(pricing.map((b) => b.source)).toEqual(full.map((b) => b.source));
    const forPricing = getDiskLibraryForPricing();
    expect([...forPricing.keys()]).toEqual([...getDiskLibrary().keys()]);
    for (const raw of generateRequests(catalog, 200, 3, "2027-03-01")) {
      const parsed = parseQuoteRequest(raw, catalog, "2026-11-22");
      if (!parsed.ok) throw new Error("generated request is invalid");
      expect(compareSummary(parsed.request, forPricing, catalog)).toEqual(compareSummary(parsed.request, getDiskLibrary(), catalog));
    }
  });
});
