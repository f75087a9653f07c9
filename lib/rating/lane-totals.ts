import { ONE, type Decimal } from "./decimal";
import { roundHalfUp, toMoneyString } from "./money";
import type { ComponentWork } from "./price-components";
import type { RateLanes } from "./price-rates";
import { toDecimal } from "./scaled";
import type { TComponentName } from "./rate-book-schema";

const ZERO_MONEY = "0.00";

/**
 * What the premium's totals need from the priced lanes: their sum and how to split the cover's
 * part between damage and theft. Pricing lane by lane (price-components.ts) and pricing by rates
 * (price-rates.ts) both give one; the totals come out the same from either.
 */
export interface LaneTotals {
  /** The lanes' amounts summed: where the totals' steps start. */
  sum: Decimal;
  /** `sum` ÷ the sum insured, when it is known exactly without dividing (undefined: divide). */
  rate: Decimal | undefined;
  /** One component for everything (no damage/theft split). */
  single: boolean;
  /** An unpriced lane (its amount zero): the other takes the whole cover. */
  damageZero: boolean;
  theftZero: boolean;
  /**
   * The damage lane's part of the cover is coverPart × shareOf ÷ shareWhole, where that product
   * and quotient are exactly those of the damage amount and the sum as long as the cover's part
   * has at most `shareDigits` significant digits; beyond that the damage amount is
   * sumInsured × shareScale × shareOf and the quotient is taken over `sum`.
   */
  shareOf: Decimal;
  shareWhole: Decimal;
  shareDigits: number;
  shareScale: Decimal;
}

/** The totals' view of lanes priced one by one (their amounts as they are). */
export function laneTotalsOf(work: ComponentWork): LaneTotals {
  const [first, second] = work.lanes;
  const damageZero = first.amount.isZero();
  const theftZero = second.amount.isZero();
  const sum = theftZero ? first.amount : damageZero ? second.amount : first.amount.plus(second.amount);
  return { sum, rate: undefined, single: first.component === "single", damageZero, theftZero, shareOf: first.amount, shareWhole: sum, shareDigits: Infinity, shareScale: ONE };
}

/** The totals' view of lanes priced by rates (the same values as decimal.js numbers: for the totals with add-ons). */
export function laneTotalsOfRates(r: RateLanes): LaneTotals {
  return { sum: toDecimal(r.sum), rate: toDecimal(r.rate), single: r.single, damageZero: r.damageZero, theftZero: r.theftZero, shareOf: toDecimal(r.shareOf), shareWhole: toDecimal(r.shareWhole), shareDigits: r.shareDigits, shareScale: toDecimal(r.shareScale) };
}

/** The cover's part split between damage and theft in proportion to their amounts (theft takes the remainder); null without a split. */
export function splitComponents(lanes: LaneTotals, coverPart: Decimal, sumInsured: Decimal): Record<TComponentName, string> | null {
  if (lanes.single) return null;
  // A priced lane is positive (pricing declines otherwise); an unpriced one is zero.
  if (lanes.theftZero) return { damage: toMoneyString(coverPart), theft: ZERO_MONEY };
  if (lanes.damageZero) return { damage: ZERO_MONEY, theft: toMoneyString(coverPart) };
  const share =
    lanes.shareDigits === Infinity || coverPart.sd() <= lanes.shareDigits
      ? coverPart.times(lanes.shareOf).div(lanes.shareWhole)
      : coverPart.times(sumInsured.times(lanes.shareScale).times(lanes.shareOf)).div(lanes.sum);
  const damagePart = roundHalfUp(share, 2);
  return { damage: toMoneyString(damagePart), theft: toMoneyString(coverPart.minus(damagePart)) };
}
