/**
 * The calculator's one URL ↔ form ↔ request mapping (lib/form/url-codec.ts): round trips as
 * properties, over forms as people fill them in and over valid requests.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { normalizeAmount } from "@/lib/form/amount";
import { DEFAULT_FORM, FRANCHISE_KINDS, type DriverFields, type FormState } from "@/lib/form/form-state";
import { parseForm } from "@/lib/form/to-request";
import { decodeForm, encodeForm, formOfQuery, MAX_QUERY_LENGTH, paramsOf, requestQuery, requestToForm } from "@/lib/form/url-codec";
import { ANTI_THEFT, COVERAGES, PARKING, REPAIR_OPTIONS } from "@/lib/rating/options";
import { parseQuoteRequest } from "@/lib/rating";
import { generateRequests } from "@/lib/sample/generate-requests";

const TODAY = "2026-12-01";

/** Text as a field holds it after the form trims it: no surrounding white space, well under the URL's per-value bound. */
const text = fc.string({ unit: "grapheme", maxLength: 16 }).filter((s) => s === s.trim());
/** What people type into an amount: digits, spaces, commas and points. */
const amount = fc.string({ unit: fc.constantFrom("0", "1", "5", "9", " ", ",", ".", "\u00a0"), maxLength: 14 });
/** A driver's numbers as typed (the `d` parameter separates its parts with "_"). */
const driverText = text.filter((s) => !s.includes("_"));
const tri = fc.constantFrom("" as const, "yes" as const, "no" as const);
const driver: fc.Arbitrary<DriverFields> = fc.record({ age: driverText, experience: driverText, sex: fc.constantFrom("" as const, "male" as const, "female" as const), married: tri, children: tri });

const form: fc.Arbitrary<FormState> = fc
  .record({
  model: text,
  year: text,
  price: amount,
  power: text,
  antiTheft: fc.constantFrom(...ANTI_THEFT),
  parking: fc.constantFrom(...PARKING),
  credit: fc.boolean(),
  region: text,
  // The form always shows at least one driver (the last one cannot be removed).
  drivers: fc.array(driver, { minLength: 1, maxLength: 5 }),
  unlimited: fc.boolean(),
  bonusMalus: text,
  coverage: fc.constantFrom(...COVERAGES),
  franchise: fc.constantFrom(...FRANCHISE_KINDS),
  franchiseAmount: amount,
  franchisePercent: text,
  repair: fc.constantFrom(...REPAIR_OPTIONS),
  wear: fc.boolean(),
  aggregate: fc.boolean(),
  installments: fc.constantFrom("1" as const, "2" as const, "4" as const),
  start: text,
  switching: fc.boolean(),
  telematics: fc.boolean(),
  })
  // The programme fields have their own round trips (url-codec-programmes.test.ts); here they keep their defaults.
  .map((f) => ({ ...f, isNew: false, registeredOn: "", creditor: "", allowedDrivers: "", programme: "", addOns: [], dsagoSum: DEFAULT_FORM.dsagoSum, dsagoTrailer: false, term: DEFAULT_FORM.term }));

/** What a form becomes in the URL: amounts normalized; only the chosen franchise's amount kept; no drivers when unlimited. */
function asLinked(f: FormState): FormState {
  const drivers = f.unlimited ? [] : f.drivers.length > 0 ? f.drivers : DEFAULT_FORM.drivers;
  return {
    ...f,
    price: normalizeAmount(f.price),
    drivers,
    franchiseAmount: f.franchise === "fixed" || f.franchise === "fromSecondClaim" ? normalizeAmount(f.franchiseAmount) : DEFAULT_FORM.franchiseAmount,
    franchisePercent: f.franchise === "percent" ? f.franchisePercent : DEFAULT_FORM.franchisePercent,
  };
}

describe("form → query → form", () => {
  it("gives back what the form held, as the link carries it", () => {
    fc.assert(
      fc.property(form, (f) => {
        expect(decodeForm(paramsOf(encodeForm(f)))).toEqual(asLinked(f));
      }),
      { numRuns: 500 },
    );
  });

  it("writes the same query again for what it read: a link is stable however often it is opened and submitted", () => {
    fc.assert(
      fc.property(form, (f) => {
        const query = encodeForm(f);
        expect(encodeForm(decodeForm(paramsOf(query)))).toBe(query);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a calculation's query as the page does, and refuses what is not one", () => {
    fc.assert(
      fc.property(form, (f) => {
        const query = encodeForm(f);
        const read = formOfQuery(query);
        if (read) expect(read).toEqual(decodeForm(paramsOf(query)));
        else expect(query.length > MAX_QUERY_LENGTH || !/(^|&)(model|year|price|region|d|unlimited)=/.test(query)).toBe(true);
      }),
    );
    expect(formOfQuery("x".repeat(MAX_QUERY_LENGTH + 1))).toBeNull();
    expect(formOfQuery(42)).toBeNull();
    expect(formOfQuery("alarm=none")).toBeNull();
  });
});

describe("a franchise amount cleared before submitting", () => {
  it("stays empty in the link and is named as missing, never priced as the default amount", () => {
    for (const franchise of ["fixed", "fromSecondClaim", "percent"] as const) {
      const f: FormState = { ...DEFAULT_FORM, model: "mazda-3", year: "2026", price: "1200000", region: "38", drivers: [{ ...DEFAULT_FORM.drivers[0]!, age: "30", experience: "5" }], franchise, franchiseAmount: "", franchisePercent: "" };
      const read = formOfQuery(encodeForm(f))!;
      const parsed = parseForm(read, catalog, TODAY);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.issues.map((i) => i.path)).toContain(franchise === "percent" ? "franchise.percent" : "franchise.amount");
    }
  });
});

describe("normalizeAmount", () => {
  it("is idempotent: an amount already normalized stays as it is", () => {
    fc.assert(fc.property(amount, (a) => normalizeAmount(normalizeAmount(a)) === normalizeAmount(a)));
  });
});

describe("request → query → request", () => {
  it("opens the calculator on exactly the request, for any generated valid request", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        for (const input of generateRequests(catalog, 4, seed, TODAY)) {
          const parsed = parseQuoteRequest(input, catalog, TODAY);
          if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error.issues)}`);
          const read = formOfQuery(requestQuery(parsed.request));
          expect(read).toEqual(asLinked(requestToForm(parsed.request)));
          const again = parseForm(read!, catalog, TODAY);
          expect(again.ok && again.request).toEqual(parsed.request);
        }
      }),
      { numRuns: 100 },
    );
  });
});
