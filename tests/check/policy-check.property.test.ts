/**
 * Invariants of the policy check over random requests, insurers and policy dates: every saving it
 * reports is above zero, and pricing the request again with that one option at the same insurer
 * and date gives exactly the tariff minus the saving.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { compareQuotes, Decimal, parseQuoteRequest } from "@/lib/rating";
import { checkPolicy } from "@/lib/check/check-policy";
import { applyOption } from "@/lib/check/options";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { validRequestArb } from "@/tests/helpers/arbitraries";
import { TODAY } from "@/tests/helpers/pricing";

const library = fixtureLibrary();
const INSURER_IDS = [...library.keys()];

describe("policy check savings", () => {
  it("every saving is > 0 and re-pricing with the option gives exactly the saving", () => {
    let checked = 0;
    fc.assert(
      fc.property(validRequestArb, fc.constantFrom(...INSURER_IDS), fc.integer({ min: 1, max: 500000 }), (raw, insurerId, paid) => {
        const parsed = parseQuoteRequest(raw, catalog, TODAY);
        if (!parsed.ok) return;
        const check = checkPolicy({ request: parsed.request, insurerId, paid: `${paid}.00`, today: TODAY }, library, catalog);
        if (check.kind !== "checked") return;
        checked += 1;
        for (const s of check.savings) {
          expect(new Decimal(s.saving).gt(0)).toBe(true);
          // Priced the way the calculator prices it (every insurer), not through the check's own helper.
          const again = compareQuotes(applyOption(parsed.request, s.option), library, catalog).quotes.find((q) => q.insurerId === insurerId);
          expect(again?.premium).toBe(new Decimal(check.tariff).minus(s.saving).toFixed(2));
          expect(again?.rateBook.id).toBe(check.edition.id);
        }
        const savings = check.savings.map((s) => new Decimal(s.saving));
        for (let i = 1; i < savings.length; i += 1) expect(savings[i - 1]!.gte(savings[i]!)).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(10);
  }, 120_000);
});
