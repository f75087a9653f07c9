/**
 * decimal.js's arithmetic on scaled integers: a number is `m × 10^-k` (a BigInt and a whole
 * number), and every operation gives the value decimal.js gives for the same operands — the exact
 * result rounded half away from zero to 40 significant digits (decimal.js's precision and
 * rounding, lib/rating/decimal.ts), a division correctly rounded to 40 digits, `toDP` and money
 * texts as decimal.js rounds them. Only the representation differs: a BigInt product of small
 * numbers is one machine multiplication without the argument copies and normalising of a
 * `Decimal`. For the summary's hot path (price-summary.ts); tests/property/scaled.property.test.ts
 * checks each operation against decimal.js digit for digit. docs/decisions/0032-summary-in-scaled-integers.md.
 */
import { Decimal } from "./decimal";

export interface Scaled {
  readonly m: bigint;
  /** The scale: the value is m × 10^-k (k may be negative for large round numbers). */
  readonly k: number;
}

const PRECISION = Decimal.precision;
const POWERS: bigint[] = [1n];

/** 10^n as a BigInt (n ≥ 0), kept once worked out. */
export function pow10(n: number): bigint {
  for (let i = POWERS.length; i <= n; i += 1) POWERS.push(POWERS[i - 1]! * 10n);
  return POWERS[n]!;
}

const LIMIT = pow10(PRECISION);
const abs = (m: bigint) => (m < 0n ? -m : m);

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** 10^0 … 10^16 as doubles (exact). */
const DOUBLE_POWERS = Array.from({ length: 17 }, (_, i) => 10 ** i);

/** How many decimal digits |m| has (0 has one). Below 2^53 without writing the number out. */
export function digitCount(m: bigint): number {
  const a = abs(m);
  if (a > SAFE) return a.toString().length;
  const n = Number(a);
  // log10 may be off by one next to a power of ten: the exact powers correct it.
  let d = n < 10 ? 1 : Math.floor(Math.log10(n)) + 1;
  if (n >= DOUBLE_POWERS[d]!) d += 1;
  else if (d > 1 && n < DOUBLE_POWERS[d - 1]!) d -= 1;
  return d;
}

/** Significant digits of the value, trailing zeros not counted (decimal.js's `sd()`; 1 for zero). */
export function significantDigits(a: Scaled): number {
  const text = abs(a.m).toString();
  let end = text.length;
  while (end > 1 && text.charCodeAt(end - 1) === 48) end -= 1;
  return end;
}

/** m ÷ d rounded half away from zero (d > 0). */
function divHalfUp(m: bigint, d: bigint): bigint {
  const q = m / d;
  const r = m - q * d;
  if (r === 0n) return q;
  return 2n * abs(r) >= d ? (m < 0n ? q - 1n : q + 1n) : q;
}

/** The value rounded to decimal.js's precision, as decimal.js rounds the result of every operation. */
function fit(m: bigint, k: number): Scaled {
  if (abs(m) < LIMIT) return { m, k };
  const drop = digitCount(m) - PRECISION;
  return { m: divHalfUp(m, pow10(drop)), k: k - drop };
}

/** `a` and `b` over one scale (the larger k). */
function aligned(a: Scaled, b: Scaled): [bigint, bigint, number] {
  if (a.k === b.k) return [a.m, b.m, a.k];
  return a.k > b.k ? [a.m, b.m * pow10(a.k - b.k), a.k] : [a.m * pow10(b.k - a.k), b.m, b.k];
}

export function mul(a: Scaled, b: Scaled): Scaled {
  return fit(a.m * b.m, a.k + b.k);
}

export function add(a: Scaled, b: Scaled): Scaled {
  const [x, y, k] = aligned(a, b);
  return fit(x + y, k);
}

export function sub(a: Scaled, b: Scaled): Scaled {
  const [x, y, k] = aligned(a, b);
  return fit(x - y, k);
}

/** −1, 0 or 1 as a < b, a = b, a > b. */
export function cmp(a: Scaled, b: Scaled): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a ÷ b (b ≠ 0) correctly rounded half away from zero to 40 significant digits, as decimal.js's `div`. */
export function div(a: Scaled, b: Scaled): Scaled {
  if (a.m === 0n) return { m: 0n, k: 0 };
  const negative = a.m < 0n !== b.m < 0n;
  const x = abs(a.m);
  const y = abs(b.m);
  // x·10^s ÷ y has 41 or 42 digits: 40 kept, the rest decide the rounding (half-up looks at the
  // first dropped digits only; any remainder beyond them cannot turn "below half" into "half").
  const s = PRECISION + 1 - (digitCount(x) - digitCount(y));
  const q = s >= 0 ? (x * pow10(s)) / y : x / (y * pow10(-s));
  const drop = digitCount(q) - PRECISION;
  const rounded = divHalfUp(q, pow10(drop));
  return { m: negative ? -rounded : rounded, k: a.k - b.k + s - drop };
}

/** Rounded to `places` decimals, half away from zero or toward zero, as decimal.js's `toDecimalPlaces`. */
export function toDP(a: Scaled, places: number, down = false): Scaled {
  if (a.k <= places) return a;
  const d = pow10(a.k - places);
  return { m: down ? a.m / d : divHalfUp(a.m, d), k: places };
}

/** The amount as a money text with two decimals ("27370.62"), as toMoneyString writes it (money.ts). */
export function moneyText(a: Scaled): string {
  const r = toDP(a, 2);
  const m = r.k === 2 ? r.m : r.m * pow10(2 - r.k);
  const digits = abs(m).toString().padStart(3, "0");
  return `${m < 0n ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const CACHE = new WeakMap<Decimal, Scaled>();

/** The Decimal's value, without trailing zeros in m (so its digit count is the Decimal's `sd()`). */
export function scaledOf(value: Decimal): Scaled {
  let found = CACHE.get(value);
  if (found === undefined) {
    found = parseScaled(value);
    CACHE.set(value, found);
  }
  return found;
}

/** The Decimal's value as scaledOf gives it, not kept (for values kept elsewhere: compiled rows). */
export function parseScaled(value: Decimal): Scaled {
  const text = value.toFixed();
  const point = text.indexOf(".");
  let m = BigInt(point < 0 ? text : text.slice(0, point) + text.slice(point + 1));
  let k = point < 0 ? 0 : text.length - point - 1;
  if (m === 0n) return { m, k: 0 };
  while (m % 10n === 0n) {
    m /= 10n;
    k -= 1;
  }
  return { m, k };
}

/** The value as a Decimal (exact: it has at most 40 significant digits). */
export function toDecimal(a: Scaled): Decimal {
  return new Decimal(`${a.m}e${-a.k}`);
}
