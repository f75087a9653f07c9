/**
 * A quote's worksheet as JSON (see serialize-response.ts): most of a response is its steps
 * (≈ 115 per comparison), and a step is mostly parts that repeat — its rate-book table's `label`
 * object, the request's shared `lookup` objects, and the matched row's description and
 * operation. So a step is written from three cached fragments — the head up to `"lookup":` (per
 * label object, component and factor), the lookup (per object, written once per response and
 * copied after), and `"matched"` … `"value":` (per description and operation) — plus its value
 * and running total (short, and for the totals' lines different every time). `label` and `lookup` objects are cached by identity: they belong to the compiled
 * rate books or to one request and are never modified once priced.
 *
 * A step whose keys are not the expected ones in the expected order, or whose values are not of
 * the expected kinds, is written by the generic writer, so the result stays JSON.stringify's.
 *
 * Module-level caches, all bounded: heads in a WeakMap by label object (an entry lives no longer
 * than its rate book), at most MAX_VARIANTS each; tails by matched text, at most MAX_TAIL_KEYS
 * keys of at most MAX_VARIANTS each, then emptied; the lookups of the response being written,
 * forgotten after each response (the three arrays only ever as long as one response's lookups).
 */
import type { WorksheetStep } from "@/lib/rating";
import { copyBytes, isPlainObject, JsonBytes, putShared, putString, putValue, utf8, writePlainAscii, type KeyedWriter } from "./json-bytes";

/** A step's keys in the library's order; the optional ones may be absent or undefined. */
const STEP_KEYS = ["component", "factor", "label", "lookup", "matched", "operation", "value", "rate", "total", "driver"] as const;
const OPTIONAL_STEP_KEY = STEP_KEYS.map((key) => key === "rate" || key === "driver");
/** Variants kept per cache key before further ones are written piece by piece. */
export const MAX_VARIANTS = 8;
/** Distinct matched texts whose tails are kept before that cache is emptied. */
export const MAX_TAIL_KEYS = 8192;

type Step = { component: string; factor: string; label: object; lookup: object; matched: string; operation: string; value: string; rate?: unknown; total: string; driver?: unknown };

/**
 * Whether a step has exactly the expected keys, in order, with values of the expected kinds.
 * Whether `label` and `lookup` are plain objects is checked where they are first cached.
 */
function isStepShaped(s: unknown): s is Step {
  if (typeof s !== "object" || s === null || Object.getPrototypeOf(s) !== Object.prototype) return false;
  let i = 0;
  for (const key in s) {
    while (i < STEP_KEYS.length && STEP_KEYS[i] !== key) {
      if (!OPTIONAL_STEP_KEY[i]) return false;
      i += 1;
    }
    if (i === STEP_KEYS.length) return false;
    i += 1;
  }
  for (; i < STEP_KEYS.length; i += 1) if (!OPTIONAL_STEP_KEY[i]) return false;
  const step = s as Record<string, unknown>;
  return (
    typeof step.component === "string" && typeof step.factor === "string" && typeof step.matched === "string" &&
    typeof step.operation === "string" && typeof step.value === "string" && typeof step.total === "string" &&
    typeof step.label === "object" && step.label !== null && typeof step.lookup === "object" && step.lookup !== null &&
    (step.rate === undefined || typeof step.rate === "string") && (step.driver === undefined || typeof step.driver === "number")
  );
}

/** A cached fragment with the two step fields that decide it besides its cache key. */
interface Variant { a: string; b: string; bytes: Uint8Array }

/** Heads by label object (variants by component and factor); null for a label that is not a plain object. */
const heads = new WeakMap<object, Variant[] | null>();
/** Tails by matched text (variants by operation). */
const tails = new Map<string, Variant[]>();

/** The fragment kept for (a, b), or a new one written by `write` while there is room; undefined when full. */
function variantFor(variants: Variant[], a: string, b: string, step: Step, write: (out: JsonBytes, step: Step) => void): Uint8Array | undefined {
  for (let i = 0; i < variants.length; i += 1) {
    const v = variants[i]!;
    if (v.a === a && v.b === b) return v.bytes;
  }
  if (variants.length >= MAX_VARIANTS) return undefined;
  const scratch = new JsonBytes(512);
  write(scratch, step);
  const bytes = scratch.copyFrom(0);
  variants.push({ a, b, bytes });
  return bytes;
}

const HEAD_COMPONENT = utf8('{"component":');
const HEAD_FACTOR = utf8(',"factor":');
const HEAD_LABEL = utf8(',"label":');
const HEAD_LOOKUP = utf8(',"lookup":');
const TAIL_MATCHED = utf8(',"matched":');
const TAIL_OPERATION = utf8(',"operation":');
const TAIL_VALUE = utf8(',"value":');
const RATE = utf8(',"rate":');
const TOTAL = utf8(',"total":');
const TOTAL_OPEN = utf8(',"total":"');
const DRIVER = utf8(',"driver":');

/** `{"component":…,"factor":…,"label":…,"lookup":`, or undefined when it is not cached. */
function head(step: Step): Uint8Array | undefined {
  let variants = heads.get(step.label);
  if (variants === undefined) {
    variants = isPlainObject(step.label) ? [] : null;
    heads.set(step.label, variants);
  }
  return variants === null ? undefined : variantFor(variants, step.component, step.factor, step, putHead);
}

function putHead(out: JsonBytes, step: Step): void {
  out.put(HEAD_COMPONENT);
  putString(out, step.component);
  out.put(HEAD_FACTOR);
  putString(out, step.factor);
  out.put(HEAD_LABEL);
  putShared(out, step.label);
  out.put(HEAD_LOOKUP);
}

/** `,"matched":…,"operation":…,"value":`, or undefined when it is not cached. */
function tail(step: Step): Uint8Array | undefined {
  let variants = tails.get(step.matched);
  if (variants === undefined) {
    if (tails.size >= MAX_TAIL_KEYS) tails.clear();
    variants = [];
    tails.set(step.matched, variants);
  }
  return variantFor(variants, step.operation, "", step, putTail);
}

function putTail(out: JsonBytes, step: Step): void {
  out.put(TAIL_MATCHED);
  putString(out, step.matched);
  out.put(TAIL_OPERATION);
  putString(out, step.operation);
  out.put(TAIL_VALUE);
}

/**
 * The common step — head, lookup and tail all cached, no rate — in one go; false (some bytes
 * past the end written, the length unchanged) when the value or total needs escaping or the
 * driver is not a finite number.
 */
function putStepFast(out: JsonBytes, head: Uint8Array, lookup: number, tail: Uint8Array, value: string, total: string, driver: unknown): boolean {
  const lookupStart = lookupStarts[lookup]!;
  const lookupLength = lookupLengths[lookup]!;
  let driverText = "";
  if (driver !== undefined) {
    if (!Number.isFinite(driver)) return false;
    driverText = String(driver); // as JSON.stringify writes a finite number
  }
  const bytes = out.reserve(head.length + lookupLength + tail.length + value.length + TOTAL_OPEN.length + total.length + DRIVER.length + driverText.length + 4);
  let at = copyBytes(bytes, out.length, head);
  bytes.copyWithin(at, lookupStart, lookupStart + lookupLength);
  at = copyBytes(bytes, at + lookupLength, tail);
  bytes[at] = 0x22;
  at = writePlainAscii(bytes, at + 1, value);
  if (at < 0) return false;
  bytes[at] = 0x22;
  at = writePlainAscii(bytes, copyBytes(bytes, at + 1, TOTAL_OPEN), total);
  if (at < 0) return false;
  bytes[at] = 0x22;
  at += 1;
  if (driverText !== "") {
    at = writePlainAscii(bytes, copyBytes(bytes, at, DRIVER), driverText);
  }
  bytes[at] = 0x7d;
  out.length = at + 1;
  return true;
}

function putStep(out: JsonBytes, step: Step): void {
  const h = head(step);
  if (h === undefined) {
    // A label that is not a plain object: the generic writer decides (toJSON may leave it out).
    if (heads.get(step.label) === null) {
      putValue(out, step, stepParts);
      return;
    }
    putHead(out, step);
  } else {
    const t = tail(step);
    const lookup = writtenLookup(step.lookup);
    if (t !== undefined && lookup >= 0 && step.rate === undefined && putStepFast(out, h, lookup, t, step.value, step.total, step.driver)) return;
    out.put(h);
  }
  if (!putLookup(out, step.lookup)) out.putAscii("null");
  const t = tail(step);
  if (t !== undefined) out.put(t);
  else putTail(out, step);
  putString(out, step.value);
  if (step.rate !== undefined) {
    out.put(RATE);
    putString(out, step.rate as string);
  }
  out.put(TOTAL);
  putString(out, step.total);
  if (step.driver !== undefined) {
    out.put(DRIVER);
    putValue(out, step.driver);
  }
  out.putAscii("}");
}

/**
 * The lookup objects written so far in the current response, and where (a short list searched
 * by identity: a request has a few dozen lookups; nothing is kept from one response to the next).
 */
const lookupObjects: object[] = [];
const lookupStarts: number[] = [];
const lookupLengths: number[] = [];
let lookupCount = 0;
const EMPTY = {};

/** How much the module-level caches hold now (for the tests that keep them bounded). */
export function stepCacheSizes(): { tailKeys: number; lookups: number; lookupSlots: number } {
  return { tailKeys: tails.size, lookups: lookupCount, lookupSlots: lookupObjects.length };
}

/** How many lookups are remembered: a mark to go back to when written bytes are dropped. */
export function lookupMark(): number {
  return lookupCount;
}

/** Forgets the lookups remembered since `mark` (all of them with 0, between responses). */
export function forgetLookups(mark = 0): void {
  for (let i = mark; i < lookupCount; i += 1) lookupObjects[i] = EMPTY;
  lookupCount = mark;
}

/** Index of a lookup object already written in this response, or -1. */
function writtenLookup(lookup: object): number {
  for (let i = 0; i < lookupCount; i += 1) if (lookupObjects[i] === lookup) return i;
  return -1;
}

/**
 * A request's lookup objects are shared by all its quotes: written once, then copied. Plain
 * objects only; anything else the generic way (false where JSON.stringify leaves it out).
 */
function putLookup(out: JsonBytes, lookup: object): boolean {
  const i = writtenLookup(lookup);
  if (i >= 0) {
    out.repeat(lookupStarts[i]!, lookupLengths[i]!);
    return true;
  }
  if (!isPlainObject(lookup)) return putValue(out, lookup, stepParts);
  const start = out.length;
  putValue(out, lookup);
  lookupObjects[lookupCount] = lookup;
  lookupStarts[lookupCount] = start;
  lookupLengths[lookupCount] = out.length - start;
  lookupCount += 1;
  return true;
}

/** Appends a worksheet (any array: what is not a step is written the generic way). */
export function putSteps(out: JsonBytes, steps: readonly WorksheetStep[] | readonly unknown[]): void {
  out.putAscii("[");
  for (let i = 0; i < steps.length; i += 1) {
    if (i > 0) out.putAscii(",");
    const step = steps[i];
    if (isStepShaped(step)) putStep(out, step);
    else if (!putValue(out, step, stepParts)) out.putAscii("null");
  }
  out.putAscii("]");
}

/** Inside steps written the generic way: labels by identity, lookups shared. */
const stepParts: KeyedWriter = (out, key, value) => {
  switch (key) {
    case "lookup":
      if (typeof value !== "object" || value === null || !isPlainObject(value)) return false;
      return putLookup(out, value);
    case "label":
      return putShared(out, value);
    default:
      return false;
  }
};
