/**
 * The summary writer (lib/api/serialize-summary.ts) writes exactly what JSON.stringify writes:
 * over random valid requests (quotes with and without add-ons, programmes, short policies,
 * declines), several answers in a row (cached fragments), and hand-changed answers of other shapes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonBytes } from "@/lib/api/json-bytes";
import { writeSummary } from "@/lib/api/serialize-summary";
import { catalog } from "@/lib/catalog";
import { compareSummary, parseQuoteRequest, type SummaryResponse } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";
import { TODAY } from "@/tests/helpers/pricing";

function summary(raw: unknown): SummaryResponse {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`invalid request: ${JSON.stringify(parsed.error.issues)}`);
  return compareSummary(parsed.request, fixtureLibrary(), catalog);
}

/** The bytes appended after other content, as the batch quoter does. */
function expectSameAsJson(response: unknown): void {
  const expected = Buffer.from(JSON.stringify(response));
  const out = new JsonBytes(16);
  out.putAscii("x\n");
  writeSummary(out, response as SummaryResponse);
  expect(Buffer.from(out.bytes.subarray(2, out.length)).toString("utf8")).toBe(expected.toString("utf8"));
  expect(Buffer.from(out.bytes.subarray(2, out.length)).equals(expected)).toBe(true);
}

describe("writeSummary", () => {
  it("equals JSON.stringify over random valid requests, several in a row", () => {
    let quotes = 0;
    let declines = 0;
    fc.assert(
      fc.property(fc.array(validRequestArb, { minLength: 1, maxLength: 3 }), (raws: RawRequest[]) => {
        const responses = raws.map(summary);
        for (const response of [...responses, ...responses]) {
          quotes += response.quotes.length;
          declines += response.declined.length;
          expectSameAsJson(response);
        }
      }),
      { numRuns: 150 },
    );
    expect(quotes).toBeGreaterThan(0);
    expect(declines).toBeGreaterThan(0);
  });

  it("equals JSON.stringify for answers of other shapes (written the generic way)", () => {
    const base = summary({ policyStart: TODAY, region: "77", vehicle: { modelId: "kia-rio", year: 2024, price: 1450000 }, drivers: [{ age: 35, experienceYears: 12 }] });
    expect(base.quotes.length).toBeGreaterThan(0);
    const changes: ((r: any) => void)[] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      (r) => (r.quotes[0].extra = "ещё"),
      (r) => delete r.quotes[0].components,
      (r) => (r.quotes[0].premium = 12),
      (r) => (r.quotes[0].insurerName = 'Имя "в кавычках"\n'),
      (r) => (r.quotes[0].installmentSchedule = ["1.00", 2, undefined]),
      (r) => (r.quotes[0].rateBook = null),
      (r) => (r.quotes[0].addOns = [{ id: "gap", amount: "1.00", nested: { a: undefined, b: [1, "два"] } }]),
      (r) => (r.declined = [{ insurerId: "x", insurerName: "Икс", insurerNameEn: "X", rateBook: null, codes: ["no_rate_book"] }]),
      (r) => (r.declined = [{ insurerId: "x", insurerName: "Икс", insurerNameEn: "X", rateBook: { id: "x-1", effectiveFrom: "2026-01-01" }, codes: "none" }]),
      (r) => (r.declined = [{ insurerName: "Икс", insurerId: "x", insurerNameEn: "X", rateBook: null, codes: [] }]),
      (r) => (r.quotes = [undefined, ...r.quotes]),
      (r) => (r.currency = undefined),
      (r) => (r.more = true),
    ];
    for (const change of changes) {
      const response = structuredClone(base);
      change(response);
      expectSameAsJson(response);
    }
  });
});
