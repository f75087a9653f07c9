import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor the rating library uses. A clone, so no global
 * settings leak in or out: 40 significant digits, half-up when asked to round.
 */
export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);
export const HUNDREDTH = new Decimal("0.01");
