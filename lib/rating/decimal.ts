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

/** Makes reading the constructor's settings cheap; changes no result (BENCHMARKS.md, "V8 notes"). */
function preferFastProperties(target: object): void {
  const heir = Object.create(target) as { precision?: unknown };
  let seen: unknown;
  for (let i = 0; i < 64; i += 1) seen = heir.precision;
  void seen;
}
preferFastProperties(Decimal);

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);
export const HUNDREDTH = new Decimal("0.01");
