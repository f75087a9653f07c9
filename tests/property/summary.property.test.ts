/**
 * The summary (no worksheets) and the full comparison price the same: over random valid requests
 * the summary's quotes are exactly the full quotes without their conditions and worksheets, in
 * the same order, and its declines carry the same codes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localizeComparison, localizeSummary } from "@/lib/api/localize-response";
import { catalog } from "@/lib/catalog";
import { compareQuotes, compareSummary, parseQuoteRequest, type TQuoteRequest } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";
import { summaryFields, TODAY } from "@/tests/helpers/pricing";

const NUM_RUNS = 300;

function parse(raw: RawRequest): TQuoteRequest {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.request;
}

describe("summary pricing over random valid requests", () => {
  it("gives every full quote's premium, components, instalments, rank and edition, and the same decline codes", () => {
    fc.assert(
      fc.property(validRequestArb, (raw) => {
        const request = parse(raw);
        const full = compareQuotes(request, fixtureLibrary(), catalog);
        const summary = compareSummary(request, fixtureLibrary(), catalog);
        expect(summary.quotes).toEqual(full.quotes.map((q) => summaryFields({ ...q })));
        expect(summary.declined).toEqual(full.declined.map(({ reasons, ...rest }) => ({ ...rest, codes: reasons.map((r) => r.code) })));
        expect(summary.policyStart).toBe(full.policyStart);
      }),
      { numRuns: NUM_RUNS },
    );
  }, 60_000);

  it("in one language keeps every figure and gives each label's text in that language", () => {
    fc.assert(
      fc.property(validRequestArb, fc.constantFrom("ru" as const, "en" as const), (raw, lang) => {
        const request = parse(raw);
        const full = compareQuotes(request, fixtureLibrary(), catalog);
        const one = localizeComparison(full, lang);
        one.quotes.forEach((q, i) => {
          const source = full.quotes[i]!;
          expect(q.insurerName).toBe(lang === "ru" ? source.insurerName : source.insurerNameEn);
          expect("insurerNameEn" in q).toBe(false);
          expect(q.premium).toBe(source.premium);
          expect(q.steps.map((s) => s.label)).toEqual(source.steps.map((s) => s.label[lang]));
          expect(q.steps.map((s) => s.total)).toEqual(source.steps.map((s) => s.total));
          expect(q.conditions.notes).toEqual(source.conditions.notes.map((n) => n[lang]));
        });
        one.declined.forEach((d, i) => expect(d.reasons.map((r) => r.message)).toEqual(full.declined[i]!.reasons.map((r) => r.message[lang])));
        const summary = localizeSummary(compareSummary(request, fixtureLibrary(), catalog), lang);
        expect(summary.quotes.map((q) => [q.insurerName, q.premium])).toEqual(one.quotes.map((q) => [q.insurerName, q.premium]));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
