/**
 * Invariants of a comparison over random valid requests (the whole catalog, every region, every
 * option): whatever the inputs, money comes out as exact kopeck strings that add up, the worksheet
 * explains the premium to the kopeck, and the ranking is sound and reproducible.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest, selectEdition, type ComparisonResponse, type TQuoteRequest } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { getAt, validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";
import { INSURERS, TODAY } from "@/tests/helpers/pricing";
import { checkWorksheet, sumMoney } from "@/tests/helpers/worksheet";

const NUM_RUNS = 200;
const MONEY = /^\d+\.\d{2}$/;

function parse(raw: RawRequest): TQuoteRequest {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error.issues)}\n${JSON.stringify(raw)}`);
  return parsed.request;
}

function compare(raw: RawRequest): ComparisonResponse {
  return compareQuotes(parse(raw), fixtureLibrary(), catalog);
}

const property = (check: (raw: RawRequest, response: ComparisonResponse) => void) =>
  fc.assert(
    fc.property(validRequestArb, (raw) => check(raw, compare(raw))),
    { numRuns: NUM_RUNS },
  );

describe("over random valid requests", () => {
  it("every generated request is valid", () => {
    fc.assert(fc.property(validRequestArb, (raw) => void parse(raw)), { numRuns: NUM_RUNS });
  });

  it("every insurer either quotes or declines with at least one reason, once", () => {
    property((_raw, response) => {
      const ids = [...response.quotes.map((q) => q.insurerId), ...response.declined.map((d) => d.insurerId)].sort();
      expect(ids).toEqual([...INSURERS].sort());
      for (const d of response.declined) expect(d.reasons.length).toBeGreaterThan(0);
    });
  });

  it("premiums are positive, finite kopeck strings", () => {
    property((_raw, response) => {
      for (const q of response.quotes) {
        expect(q.premium).toMatch(MONEY);
        expect(Number(q.premium)).toBeGreaterThan(0);
        expect(Number.isFinite(Number(q.premium))).toBe(true);
        expect(q.components!.damage).toMatch(MONEY);
        expect(q.components!.theft).toMatch(MONEY);
        for (const p of q.installmentSchedule) expect(p).toMatch(MONEY);
      }
    });
  });

  it("the worksheet recomputes to the premium exactly", () => {
    const library = fixtureLibrary();
    property((_raw, response) => {
      for (const q of response.quotes) {
        const book = selectEdition(library.get(q.insurerId)!, response.policyStart)!;
        expect(checkWorksheet(q, book), q.insurerId).toEqual([]);
      }
    });
  });

  it("components add up to the premium and only covered components are non-zero", () => {
    property((_raw, response) => {
      for (const q of response.quotes) {
        expect(sumMoney([q.components!.damage, q.components!.theft])).toBe(q.premium);
        if (q.conditions.coverage === "theft") expect(q.components!.damage).toBe("0.00");
        if (q.conditions.coverage === "damage") expect(q.components!.theft).toBe("0.00");
      }
    });
  });

  it("the instalment schedule adds up to the premium", () => {
    property((_raw, response) => {
      for (const q of response.quotes) {
        expect(q.installmentSchedule).toHaveLength(q.installments);
        expect(q.installmentAmount).toBe(q.installmentSchedule[0]);
        expect(sumMoney(q.installmentSchedule)).toBe(q.premium);
      }
    });
  });

  it("quotes are ranked 1..n by premium, ties by insurer id", () => {
    property((_raw, response) => {
      expect(response.quotes.map((q) => q.rank)).toEqual(response.quotes.map((_, i) => i + 1));
      for (let i = 1; i < response.quotes.length; i += 1) {
        const a = response.quotes[i - 1]!;
        const b = response.quotes[i]!;
        const diff = Number(a.premium) - Number(b.premium);
        expect(diff < 0 || (diff === 0 && a.insurerId < b.insurerId), `${a.insurerId} ${a.premium} before ${b.insurerId} ${b.premium}`).toBe(true);
      }
      const declinedIds = response.declined.map((d) => d.insurerId);
      expect(declinedIds).toEqual([...declinedIds].sort());
    });
  });

  it("is deterministic: the same request twice gives the same result", () => {
    property((raw, response) => {
      expect(compare(structuredClone(raw))).toEqual(response);
    });
  });

  it("echoes the request's policy start and conditions", () => {
    property((raw, response) => {
      expect(response.policyStart).toBe(raw.policyStart);
      expect(response.currency).toBe("RUB");
      for (const q of response.quotes) {
        expect(q.conditions.sumInsured).toBe(Number(getAt(raw, "vehicle.price")).toFixed(2));
        expect(q.conditions.coverage).toBe(raw.coverage ?? "full");
        expect(q.installments).toBe(raw.installments ?? 1);
      }
    });
  });
});
