/**
 * The ranking compares premiums as strings, without parsing them: that comparison must agree
 * with exact decimal order for every pair of money texts the engine can produce.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/rating";
import { compareMoneyStrings } from "@/lib/rating/rank";

/** Non-negative amounts as the engine writes them: no leading zeros, 0–2 decimals. */
const moneyText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: 99 }))
  .map(([whole, places, cents]) => (places === 0 ? whole.toString() : `${whole}.${String(cents).padStart(2, "0").slice(0, places)}`));

describe("compareMoneyStrings", () => {
  it("orders money texts exactly as their decimal values", () => {
    fc.assert(
      fc.property(moneyText, moneyText, (a, b) => {
        expect(Math.sign(compareMoneyStrings(a, b))).toBe(new Decimal(a).comparedTo(new Decimal(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["100", "100.00", 0],
    ["5", "5.1", -1],
    ["27370.62", "27370.6", 1],
    ["9.99", "10.00", -1],
    ["0.00", "0", 0],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(Math.sign(compareMoneyStrings(a, b))).toBe(expected);
  });
});
