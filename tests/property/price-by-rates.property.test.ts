/**
 * Pricing by rates (the summary's way, lib/rating/price-rates.ts) gives exactly what pricing lane
 * by lane gives (the full comparison's way), also where the coefficients are long enough for
 * decimal.js to round a lane's products: then it must step aside. The fixture books are priced
 * with every coefficient lengthened by a random number of digits, so both the exact cases (the
 * rates path) and the rounding ones (lane by lane) come up, with large and small numbers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { buildLibrary, compareQuotes, compareSummary, compileRateBook, parseQuoteRequest, Decimal, type CompiledRateBook, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { checkOptions, chooseProgramme, enterProgramme } from "@/lib/rating/check-options";
import { derivePolicyVariables, driverScope, policyScope } from "@/lib/rating/derive-variables";
import { laneTotalsOf, laneTotalsOfRates, splitComponents } from "@/lib/rating/lane-totals";
import { priceComponents } from "@/lib/rating/price-components";
import { priceByRates } from "@/lib/rating/price-rates";
import { splitSummary } from "@/lib/rating/price-summary";
import { scaledOf } from "@/lib/rating/scaled";
import type { PricingInput } from "@/lib/rating/pricing-input";
import { librarySlots, selectEdition } from "@/lib/rating/select-edition";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";
import { summaryFields, TODAY } from "@/tests/helpers/pricing";

const NUM_RUNS = 120;

function parse(raw: RawRequest): TQuoteRequest {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.request;
}

/** Keys whose decimal strings are coefficients (rates, factors, add amounts), not conditions or limits. */
const COEFFICIENT_KEYS = new Set(["value", "default", "factor"]);

/** `text` with `extra` more digits (1–9 at random, never all zero), within the format's 40 characters. */
function lengthen(text: string, extra: number, random: () => number): string {
  if (extra === 0) return text;
  let tail = "";
  for (let i = 0; i < extra; i += 1) tail += String(1 + Math.floor(random() * 9));
  return (text.includes(".") ? text : `${text}.`).concat(tail).slice(0, 40);
}

/** A copy of a rate book with its coefficients lengthened (the base rates by model too). */
function lengthenBook(book: unknown, extra: () => number, random: () => number): unknown {
  const walk = (node: unknown, key: string, inByModel: boolean): unknown => {
    if (typeof node === "string") return (COEFFICIENT_KEYS.has(key) || inByModel) && /^\d+(\.\d+)?$/.test(node) ? lengthen(node, extra(), random) : node;
    if (Array.isArray(node)) return node.map((item) => walk(item, key, false));
    if (node && typeof node === "object") {
      // Conditions (`when`) are not coefficients.
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "when" ? v : walk(v, k, key === "byModel")]));
    }
    return node;
  };
  return walk(book, "", false);
}

function lengthenedLibrary(seed: number, maxExtra: number): RateBookLibrary {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const extra = () => Math.floor(random() * (maxExtra + 1));
  const books = [...fixtureLibrary().values()].flat().map((b) => compileRateBook(lengthenBook(b.source, extra, random) as CompiledRateBook["source"]));
  return buildLibrary(books);
}

function expectSamePricing(request: TQuoteRequest, library: RateBookLibrary) {
  const full = compareQuotes(request, library, catalog);
  const summary = compareSummary(request, library, catalog);
  expect(summary.quotes).toEqual(full.quotes.map((q) => summaryFields({ ...q })));
  expect(summary.declined.map((d) => [d.insurerId, d.codes])).toEqual(full.declined.map((d) => [d.insurerId, d.reasons.map((r) => r.code)]));
}

/** The pricing input compare.ts prepares, for one book. */
function inputFor(request: TQuoteRequest, library: RateBookLibrary, book: CompiledRateBook, recordWorksheet: boolean): PricingInput {
  const policy = derivePolicyVariables(request, catalog.models.get(request.vehicle.modelId)!);
  const scope = policyScope(policy);
  const slots = librarySlots(library);
  return {
    request,
    policy,
    scope,
    driverScopes: request.drivers.map((d) => driverScope(scope, d)),
    slots,
    bookSlots: slots.of(book),
    recordWorksheet,
    sumInsuredText: "",
    franchiseAmountText: "",
    lookups: new Array(request.drivers.length + 1).fill(undefined),
    matches: new Array(request.drivers.length + 1).fill(undefined),
  };
}

/**
 * For every book that prices the request by its formula: where pricing by rates answers, its sum
 * is exactly lane by lane's (not only to the kopeck) and the split of a cover's part is the same;
 * where lane by lane declines, pricing by rates has stepped aside. Returns how many books it priced.
 */
function expectSameLanes(request: TQuoteRequest, library: RateBookLibrary): number {
  let byRatesCount = 0;
  for (const editions of library.values()) {
    const book = selectEdition(editions, request.policyStart);
    if (!book) continue;
    const programme = chooseProgramme(book, request);
    if ("code" in programme || programme.flatRate !== undefined) continue;
    const summaryInput = inputFor(request, library, book, false);
    const fullInput = inputFor(request, library, book, true);
    enterProgramme(summaryInput, programme);
    enterProgramme(fullInput, programme);
    if (checkOptions(book, programme, summaryInput).length > 0) continue;
    const rated = priceByRates(book, programme, summaryInput);
    const outcome = priceComponents(book, programme, fullInput);
    if (!outcome.ok) {
      expect(rated).toBeNull();
      continue;
    }
    if (rated === null) continue;
    const byRates = laneTotalsOfRates(rated);
    byRatesCount += 1;
    const laneByLane = laneTotalsOf(outcome.work);
    const sumInsured = new Decimal(request.vehicle.price);
    expect(byRates.sum.toString()).toBe(laneByLane.sum.toString());
    expect(byRates.rate!.times(sumInsured).toString()).toBe(laneByLane.sum.toString());
    const coverPart = byRates.sum.toDecimalPlaces(2);
    expect(splitComponents(byRates, coverPart, sumInsured)).toEqual(splitComponents(laneByLane, coverPart, sumInsured));
    // The summary's split in scaled integers, of the same cover part, and of a cover part longer than the shortcut allows.
    expect(splitSummary(rated, scaledOf(coverPart))).toEqual(splitComponents(laneByLane, coverPart, sumInsured));
    const longPart = coverPart.plus("0.0000000000000000000000000001");
    expect(splitSummary(rated, scaledOf(longPart))).toEqual(splitComponents(laneByLane, longPart, sumInsured));
  }
  return byRatesCount;
}

const REQUEST = parse({ policyStart: TODAY, region: "77", vehicle: { modelId: "kia-rio", year: 2024, price: 1450000 }, drivers: [{ age: 35, experienceYears: 12, sex: "female", married: true, hasChildren: false }] });

describe("pricing by rates", () => {
  it("gives the figures of pricing lane by lane over random requests, with the books as they are", () => {
    fc.assert(
      fc.property(validRequestArb, (raw) => expectSamePricing(parse(raw), fixtureLibrary())),
      { numRuns: NUM_RUNS },
    );
  }, 60_000);

  it("gives the same figures with coefficients of up to 36 digits, where decimal.js rounds", () => {
    fc.assert(
      fc.property(validRequestArb, fc.integer({ min: 1, max: 2 ** 31 }), fc.constantFrom(2, 6, 12, 30), (raw, seed, maxExtra) => {
        expectSamePricing(parse(raw), lengthenedLibrary(seed, maxExtra));
      }),
      { numRuns: NUM_RUNS },
    );
  }, 120_000);

  it("has exactly lane by lane's sum, unrounded, wherever it answers; and answers for most books", () => {
    let priced = 0;
    fc.assert(
      fc.property(validRequestArb, fc.integer({ min: 1, max: 2 ** 31 }), fc.constantFrom(0, 2, 4, 8, 30), (raw, seed, maxExtra) => {
        priced += expectSameLanes(parse(raw), maxExtra === 0 ? fixtureLibrary() : lengthenedLibrary(seed, maxExtra));
      }),
      { numRuns: NUM_RUNS },
    );
    // Random requests and lengthened books: usually more than one book a run is priced by rates, but
    // an unlucky draw gave 109 in 120 runs. Half a book a run still fails a path that steps aside
    // everywhere, without failing on such a draw.
    expect(priced).toBeGreaterThan(NUM_RUNS / 2);
  }, 120_000);

  it("prices by rates where every product stays exact, and steps aside where one could round", () => {
    for (const [library, exact] of [
      [fixtureLibrary(), true],
      [lengthenedLibrary(7, 30), false],
    ] as const) {
      const book = selectEdition(library.get("maks")!, REQUEST.policyStart)!;
      const input = inputFor(REQUEST, library, book, false);
      const programme = chooseProgramme(book, REQUEST);
      if ("code" in programme) throw new Error("test setup: the default programme must be priced");
      enterProgramme(input, programme);
      expect(checkOptions(book, programme, input)).toEqual([]);
      const rated = priceByRates(book, programme, input);
      const byRates = rated && laneTotalsOfRates(rated);
      const outcome = priceComponents(book, programme, inputFor(REQUEST, library, book, true));
      if (!outcome.ok) throw new Error("test setup: the request must be priced");
      const laneByLane = laneTotalsOf(outcome.work);
      if (exact) {
        expect(byRates).not.toBeNull();
        expect(byRates!.sum.toString()).toBe(laneByLane.sum.toString());
        expect(byRates!.rate!.times(new Decimal(REQUEST.vehicle.price)).eq(laneByLane.sum)).toBe(true);
      } else {
        // Each lane multiplies more than 40 digits' worth of coefficients.
        expect(byRates).toBeNull();
      }
    }
  });
});
