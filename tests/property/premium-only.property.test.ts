/**
 * Premium-only pricing (pricePremium: the request's variables worked out once, no quote written)
 * gives each book's premium and decline codes exactly as the summary comparison does, whichever
 * books share the request's prepared input: over random valid requests, and over the portfolio
 * with the current and the demonstration libraries numbered together.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { loadPortfolio } from "@/lib/editor/load-portfolio.server";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { compareSummary, parseQuoteRequest, premiumRequest, premiumSlots, pricePremium, selectEdition, type PremiumOutcome, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";
import { TODAY } from "@/tests/helpers/pricing";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";

function parse(raw: RawRequest): TQuoteRequest {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.request;
}

/** What the summary comparison says of each insurer of `library`, as a premium outcome. */
function summaryOutcomes(request: TQuoteRequest, library: RateBookLibrary): Map<string, unknown> {
  const response = compareSummary(request, library, catalog);
  const out = new Map<string, unknown>();
  for (const q of response.quotes) out.set(q.insurerId, { kind: "quote", premium: q.premium });
  for (const d of response.declined) out.set(d.insurerId, { kind: "declined", codes: d.codes });
  return out;
}

const plain = (o: PremiumOutcome) => (o.kind === "quote" ? { kind: "quote", premium: o.premium } : o);

/** Every insurer of each library priced premium-only from ONE prepared input per request. */
function premiumOutcomes(request: TQuoteRequest, libraries: readonly RateBookLibrary[]): Map<string, unknown>[] {
  const slots = premiumSlots(libraries.flatMap((l) => [...l.values()].flat()));
  const input = premiumRequest(request, catalog, slots);
  return libraries.map((library) => {
    const out = new Map<string, unknown>();
    for (const [insurerId, editions] of library) {
      const priced = pricePremium(selectEdition(editions, request.policyStart), input);
      if (priced.kind === "quote") expect(priced.amount.toFixed(2)).toBe(priced.premium);
      out.set(insurerId, plain(priced));
    }
    return out;
  });
}

describe("premium-only pricing", () => {
  it("gives the summary's premiums and decline codes over random valid requests, two libraries sharing one input", () => {
    fc.assert(
      fc.property(validRequestArb, (raw) => {
        const request = parse(raw);
        const libraries = [fixtureLibrary(), getDiskLibrary()];
        const [fixture, disk] = premiumOutcomes(request, libraries);
        expect(fixture).toEqual(summaryOutcomes(request, libraries[0]!));
        expect(disk).toEqual(summaryOutcomes(request, libraries[1]!));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("gives the summary's premiums and decline codes over the portfolio", () => {
    const libraries = [fixtureLibrary(), getDiskLibrary()];
    let quotes = 0;
    for (const request of loadPortfolio()) {
      const [fixture, disk] = premiumOutcomes(request, libraries);
      expect(fixture).toEqual(summaryOutcomes(request, libraries[0]!));
      expect(disk).toEqual(summaryOutcomes(request, libraries[1]!));
      quotes += [...disk!.values()].filter((o) => (o as { kind: string }).kind === "quote").length;
    }
    // Most requests are quoted by several insurers: the comparison is not of declines only.
    expect(quotes).toBeGreaterThan(loadPortfolio().length);
  }, 120_000);
});
