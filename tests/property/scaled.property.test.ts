/**
 * The scaled-integer arithmetic of the summary (lib/rating/scaled.ts) gives decimal.js's value for
 * every operation, digit for digit: products, sums and differences rounded to 40 significant
 * digits, divisions correctly rounded, rounding to decimal places, money texts, digit counts.
 * Operands range from short coefficients to 45-digit numbers, so the 40-digit rounding is hit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "@/lib/rating";
import { toMoneyString } from "@/lib/rating/money";
import { add, cmp, digitCount, div, moneyText, mul, scaledOf, significantDigits, sub, toDecimal, toDP, type Scaled } from "@/lib/rating/scaled";

const NUM_RUNS = 3000;

/** A decimal text: up to 45 digits, the point anywhere (or none), either sign. */
const decimalArb = fc
  .tuple(fc.stringMatching(/^[0-9]{1,45}$/), fc.nat({ max: 46 }), fc.boolean(), fc.integer({ min: -6, max: 6 }))
  .map(([digits, point, negative, shift]) => {
    const at = Math.min(point, digits.length);
    const text = at === digits.length ? digits : `${digits.slice(0, at) || "0"}.${digits.slice(at)}`;
    return new Decimal(`${negative ? "-" : ""}${text}e${shift}`);
  });
const nonZeroArb = decimalArb.filter((d) => !d.isZero());
/** Amounts as money has them: positive, a few decimals. */
const amountArb = fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 14n }), fc.integer({ min: 0, max: 6 })).map(([m, k]) => new Decimal(`${m}e-${k}`));

/** Same value and same text as the decimal.js result (text: decimal.js drops trailing zeros, so equal values print the same). */
function expectSame(scaled: Scaled, expected: Decimal) {
  expect(toDecimal(scaled).toString()).toBe(expected.toString());
}

describe("scaled integers", () => {
  it("multiply, add and subtract as decimal.js does (rounded to 40 digits)", () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        const [x, y] = [scaledOf(a), scaledOf(b)];
        expectSame(mul(x, y), a.times(b));
        expectSame(add(x, y), a.plus(b));
        expectSame(sub(x, y), a.minus(b));
        expect(cmp(x, y)).toBe(a.comparedTo(b));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("divide as decimal.js does (correctly rounded to 40 digits)", () => {
    fc.assert(
      fc.property(decimalArb, nonZeroArb, (a, b) => expectSame(div(scaledOf(a), scaledOf(b)), a.div(b))),
      { numRuns: NUM_RUNS },
    );
  });

  it("round to decimal places, count digits and write money as decimal.js and toMoneyString do", () => {
    fc.assert(
      fc.property(decimalArb, fc.integer({ min: 0, max: 6 }), (a, places) => {
        const x = scaledOf(a);
        expectSame(toDP(x, places), a.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
        expectSame(toDP(x, places, true), a.toDecimalPlaces(places, Decimal.ROUND_DOWN));
        expect(significantDigits(x)).toBe(a.sd());
        if (!a.isNegative()) expect(moneyText(x)).toBe(toMoneyString(a));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("split money amounts as the summary does: shares, halves, quarters and other parts", () => {
    fc.assert(
      fc.property(amountArb, amountArb, amountArb, fc.integer({ min: 1, max: 12 }), (part, of, whole, parts) => {
        const share = div(mul(scaledOf(part), scaledOf(of)), scaledOf(whole));
        expect(moneyText(toDP(share, 2))).toBe(toMoneyString(part.times(of).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)));
        const regular = toDP(div(scaledOf(part), scaledOf(new Decimal(parts))), 2, true);
        expect(moneyText(regular)).toBe(toMoneyString(part.div(parts).toDecimalPlaces(2, Decimal.ROUND_DOWN)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it.each([
    ["0.005", "0.01", "half a kopeck rounds up"],
    ["0.00499999", "0.00", "below half rounds down"],
    ["-0.005", "-0.01", "half away from zero"],
    ["12345.675", "12345.68", ""],
  ])("rounds %s to %s kopecks (%s)", (value, expected) => {
    expect(toDecimal(toDP(scaledOf(new Decimal(value)), 2)).toFixed(2)).toBe(expected);
  });

  it("rounds a 41-digit result to 40 digits, carrying into a new digit", () => {
    const nines = new Decimal("9".repeat(40));
    const a = scaledOf(nines);
    const half = scaledOf(new Decimal("0.5"));
    // (10^40 − 1) + 0.5: 41 significant digits, the last a 5 → rounds up to 10^40.
    expectSame(add(a, half), nines.plus("0.5"));
    expect(toDecimal(add(a, half)).eq(new Decimal(10).pow(40))).toBe(true);
    // (10^40 − 1) − 0.5 rounds up to 10^40 − 1 again.
    expect(toDecimal(sub(a, half)).eq(nines)).toBe(true);
    expectSame(div(scaledOf(new Decimal(2)), scaledOf(new Decimal(3))), new Decimal(2).div(3));
    expect(toDecimal(div(scaledOf(new Decimal(2)), scaledOf(new Decimal(3)))).toString()).toBe(`0.${"6".repeat(39)}7`);
  });
});

describe("digitCount", () => {
  it("counts the digits of every power of ten and its neighbours, and of random numbers", () => {
    for (let n = 0; n <= 45; n += 1) {
      for (const m of [10n ** BigInt(n) - 1n, 10n ** BigInt(n), 10n ** BigInt(n) + 1n, -(10n ** BigInt(n))]) {
        expect(digitCount(m), String(m)).toBe((m < 0n ? -m : m).toString().length);
      }
    }
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), (m) => {
        expect(digitCount(m)).toBe((m < 0n ? -m : m).toString().length);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
