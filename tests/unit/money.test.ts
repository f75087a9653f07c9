/**
 * Money arithmetic: the only places the engine rounds. Half-up on exact decimals (never binary
 * floats), and instalments that always add back up to the premium to the kopeck.
 */
import { describe, expect, it } from "vitest";
import { Decimal, roundHalfUp, splitIntoInstallments, toMoneyString } from "@/lib/rating";
import { price, quoteOf } from "@/tests/helpers/pricing";

describe("roundHalfUp", () => {
  it.each([
    ["0.005", 2, "0.01"],
    ["0.004999", 2, "0"],
    ["2.675", 2, "2.68"], // 2.675 is 2.67499999… as a binary float; exact decimals must round it up
    ["1.005", 2, "1.01"],
    ["1.015", 2, "1.02"],
    ["27370.625", 2, "27370.63"],
    ["27370.6249999", 2, "27370.62"],
    ["117935.5", 0, "117936"],
    ["117935.49", 0, "117935"],
    ["0.5", 0, "1"],
    ["10.60471849", 4, "10.6047"],
    ["10.60475", 4, "10.6048"],
    ["-2.675", 2, "-2.68"], // half away from zero
  ] as const)("%s to %i places is %s", (value, places, expected) => {
    expect(roundHalfUp(new Decimal(value), places).toString()).toBe(expected);
  });
});

describe("toMoneyString", () => {
  it.each([
    ["27370.62", "27370.62"],
    ["117936", "117936.00"],
    ["0.005", "0.01"],
    ["2.675", "2.68"],
    ["1e7", "10000000.00"],
    ["0.1", "0.10"],
  ])("%s is written %s", (value, expected) => {
    expect(toMoneyString(new Decimal(value))).toBe(expected);
  });
});

describe("splitIntoInstallments", () => {
  it.each([
    ["100.01", 4, ["25.00", "25.00", "25.00", "25.01"]],
    ["100.03", 4, ["25.00", "25.00", "25.00", "25.03"]],
    ["100.00", 4, ["25.00", "25.00", "25.00", "25.00"]],
    ["100.01", 2, ["50.00", "50.01"]],
    ["27370.62", 1, ["27370.62"]],
    ["117936", 4, ["29484.00", "29484.00", "29484.00", "29484.00"]],
    ["5000.07", 4, ["1250.01", "1250.01", "1250.01", "1250.04"]],
    // Tiny totals: the remainder goes last, so no instalment is ever negative.
    ["0.02", 4, ["0.00", "0.00", "0.00", "0.02"]],
  ] as const)("%s in %i parts is %j", (total, parts, expected) => {
    const schedule = splitIntoInstallments(new Decimal(total), parts);
    expect(schedule.map(toMoneyString)).toEqual(expected);
    expect(schedule.reduce((a, b) => a.plus(b), new Decimal(0)).eq(total)).toBe(true);
  });

  it("sums to the total for every kopeck amount from 1000.00 to 1010.00", () => {
    for (let k = 100000; k <= 101000; k += 1) {
      const total = new Decimal(k).div(100);
      for (const parts of [1, 2, 4]) {
        const schedule = splitIntoInstallments(total, parts);
        expect(schedule).toHaveLength(parts);
        expect(schedule.reduce((a, b) => a.plus(b), new Decimal(0)).eq(total), `${total} / ${parts}`).toBe(true);
        for (const p of schedule) expect(p.decimalPlaces()).toBeLessThanOrEqual(2);
        // The last instalment carries the remainder: never smaller, at most parts − 1 kopecks larger.
        expect(schedule.at(-1)!.minus(schedule[0]!).gte(0)).toBe(true);
        expect(schedule.at(-1)!.minus(schedule[0]!).lte(new Decimal(parts - 1).div(100))).toBe(true);
      }
    }
  });
});

describe("instalments in a quote", () => {
  it.each(["renaissance", "rosgosstrakh", "liberty", "maks", "ingosstrakh"])("4 instalments at %s add up to the premium", (insurerId) => {
    const quote = quoteOf(price("toyota-camry", { installments: 4 }), insurerId);
    expect(quote.installmentSchedule).toHaveLength(4);
    expect(quote.installmentAmount).toBe(quote.installmentSchedule[0]);
    const sum = quote.installmentSchedule.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(toMoneyString(sum)).toBe(quote.premium);
  });

  it("one payment is the premium itself", () => {
    const quote = quoteOf(price("hyundai-solaris"), "renaissance");
    expect(quote.installmentSchedule).toEqual(["27370.62"]);
    expect(quote.installmentAmount).toBe("27370.62");
  });
});
