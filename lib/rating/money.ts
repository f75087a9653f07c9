import { Decimal, HUNDRED } from "./decimal";

/** Rounds half away from zero (half-up for the positive amounts we deal in) to `places` decimals. */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/**
 * Formats an amount as a plain decimal string with exactly two decimals ("27370.62").
 * Amounts are almost always exact to kopecks already (rounded at a named step): then toFixed
 * would round nothing and only pad zeros, so the plain text is padded here instead, which
 * skips toFixed's copy and rounding pass. Anything else (more decimals, exponent notation)
 * still goes through toFixed.
 */
export function toMoneyString(value: Decimal): string {
  const text = value.toString();
  const point = text.indexOf(".");
  if (point < 0) {
    if (text.indexOf("e") < 0) return text + ".00";
  } else {
    const decimals = text.length - point - 1;
    if (decimals === 2) return text;
    if (decimals === 1) return text + "0";
  }
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** A fraction of the sum insured as a percentage string, without trailing zeros ("4.38"). */
export function toPercentString(fraction: Decimal): string {
  return fraction.times(HUNDRED).toString();
}

const RECIPROCALS = new Map([
  [2, new Decimal("0.5")],
  [4, new Decimal("0.25")],
]);

/**
 * Splits `total` into `parts` instalments of equal kopecks; the last one absorbs the
 * remainder (0 to parts − 1 kopecks more), so that the schedule adds up to the total exactly.
 */
export function splitIntoInstallments(total: Decimal, parts: number): Decimal[] {
  if (parts === 1) return [total];
  // Rounded down, so the last instalment (the remainder) is never smaller than the others.
  // Halves and quarters are exact multiplications, cheaper than a division with the same result.
  const reciprocal = RECIPROCALS.get(parts);
  const regular = (reciprocal ? total.times(reciprocal) : total.div(parts)).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const schedule: Decimal[] = [];
  for (let i = 0; i < parts - 1; i += 1) schedule.push(regular);
  schedule.push(total.minus(parts === 2 ? regular : regular.times(parts - 1)));
  return schedule;
}

