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

/**
 * decimal.js keeps its settings (precision, rounding, exponent limits) as properties of the
 * constructor and reads them in every operation. A clone carries some 60 properties, so V8 holds
 * it in slow dictionary mode and every such read is a hash lookup. V8 turns an object into fast
 * properties once it serves as a prototype in property lookups, so a few lookups through an heir
 * switch the constructor over. Only speed changes (a third more operations per second here), never
 * a result: if an engine ignores the hint, everything still works as before.
 */
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
