/**
 * The totals of a summary quote whose lanes were priced by rates (price-rates.ts), in scaled
 * integers (scaled.ts): the same steps, in the same order, as totalUp, splitComponents and
 * splitIntoInstallments take with decimal.js (price-quote.ts, lane-totals.ts, money.ts), each
 * operation giving decimal.js's value. For requests without add-ons; the rest go through the
 * decimal.js totals. tests/property/price-summary.property.test.ts compares both digit for digit.
 */
import type { CompiledProgramme, CompiledRateBook } from "./compile-rate-book";
import { HUNDRED, HUNDREDTH } from "./decimal";
import type { RateLanes } from "./price-rates";
import type { TComponentName } from "./rate-book-schema";
import { cmp, div, moneyText, mul, scaledOf, significantDigits, sub, toDP, type Scaled } from "./scaled";

const S_HUNDRED = scaledOf(HUNDRED);
const S_HUNDREDTH = scaledOf(HUNDREDTH);
const ZERO_MONEY = "0.00";

export interface SummaryTotals {
  premium: Scaled;
  /** The premium as money ("" when the book has no money rounding step, as totalUp leaves it). */
  premiumText: string;
}

/** The premium from the lanes' sum: the rate steps, the minimum premium, the rounding steps (totalUp without add-ons). */
export function summaryTotals(book: CompiledRateBook, programme: CompiledProgramme, lanes: RateLanes): SummaryTotals {
  const sumInsured = lanes.sumInsured;
  let running = lanes.sum;
  let rate: Scaled | undefined = lanes.rate;
  const steps = book.roundingSteps;
  let s = 0;
  for (; s < steps.length && steps[s]!.target === "ratePercent"; s += 1) {
    const ratePercent = toDP(mul(rate ?? div(running, sumInsured), S_HUNDRED), steps[s]!.decimals);
    rate = undefined;
    running = mul(mul(sumInsured, ratePercent), S_HUNDREDTH);
  }
  const minimum = scaledOf(programme.minimumPremium);
  if (cmp(running, minimum) < 0) running = minimum;
  let premiumText = "";
  for (; s < steps.length; s += 1) {
    running = toDP(running, steps[s]!.decimals);
    premiumText = moneyText(running);
  }
  return { premium: running, premiumText };
}

/** The cover's part split between damage and theft as splitComponents splits it; null without a split. */
export function splitSummary(lanes: RateLanes, coverPart: Scaled): Record<TComponentName, string> | null {
  if (lanes.single) return null;
  if (lanes.theftZero) return { damage: moneyText(coverPart), theft: ZERO_MONEY };
  if (lanes.damageZero) return { damage: ZERO_MONEY, theft: moneyText(coverPart) };
  const share =
    significantDigits(coverPart) <= lanes.shareDigits
      ? div(mul(coverPart, lanes.shareOf), lanes.shareWhole)
      : div(mul(coverPart, mul(mul(lanes.sumInsured, lanes.shareScale), lanes.shareOf)), lanes.sum);
  const damagePart = toDP(share, 2);
  return { damage: moneyText(damagePart), theft: moneyText(sub(coverPart, damagePart)) };
}

const HALF: Scaled = { m: 5n, k: 1 };
const QUARTER: Scaled = { m: 25n, k: 2 };

/** The instalments' money texts as splitIntoInstallments and scheduleTexts give them (the last takes the remainder). */
export function scheduleSummary(premium: Scaled, premiumText: string, parts: number): string[] {
  if (parts === 1) return [premiumText];
  const share = parts === 2 ? mul(premium, HALF) : parts === 4 ? mul(premium, QUARTER) : div(premium, { m: BigInt(parts), k: 0 });
  const regular = toDP(share, 2, true);
  const regularText = moneyText(regular);
  const schedule = new Array<string>(parts).fill(regularText);
  schedule[parts - 1] = moneyText(sub(premium, parts === 2 ? regular : mul(regular, { m: BigInt(parts - 1), k: 0 })));
  return schedule;
}
