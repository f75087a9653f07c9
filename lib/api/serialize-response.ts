/**
 * The JSON of a ComparisonResponse, exactly what `JSON.stringify(response)` gives, written as
 * UTF-8 bytes (what the batch quoter writes out) in about half the time JSON.stringify and the
 * encoding take together; `npm run bench:serialize` measures it.
 *
 * Most of a response is its worksheets (≈ 115 steps per comparison), and a step is mostly parts
 * that repeat: its rate-book table's `label` object, the request's shared `lookup` objects, and
 * the matched row's description, operation and value. So a step is written from three cached
 * fragments — the head up to `"lookup":` (per label object, component and factor), the lookup
 * (per object), and `"matched"` … `"value"` (per description, operation and value) — plus its
 * running total. `label`, `lookup` and `notes` objects are cached by identity: they belong to the
 * compiled rate books or to one request and are never modified once priced.
 *
 * A step whose keys are not the expected ones in the expected order, and everything else in the
 * response, is written by the generic writer in the objects' own key order, so the result stays
 * JSON.stringify's even if the shapes change.
 */
import type { ComparisonResponse } from "@/lib/rating";
import { isPlainObject, JsonBytes, putShared, putString, putValue, utf8, type KeyedWriter } from "./json-bytes";

/** A step's keys in the library's order; the optional ones may be absent or undefined. */
const STEP_KEYS = ["component", "factor", "label", "lookup", "matched", "operation", "value", "rate", "total", "driver"] as const;
const OPTIONAL_STEP_KEY = STEP_KEYS.map((key) => key === "rate" || key === "driver");
/** Variants kept per cache key before further ones are written piece by piece. */
const MAX_VARIANTS = 8;
const MAX_TAIL_KEYS = 8192;

type Step = { component: string; factor: string; label: object; lookup: object; matched: string; operation: string; value: string; rate?: unknown; total: string; driver?: unknown };

/** Whether a step has exactly the expected keys, in order, with the expected types. */
function isPlainStep(s: unknown): s is Step {
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
    typeof step.label === "object" && step.label !== null && isPlainObject(step.label) &&
    typeof step.lookup === "object" && step.lookup !== null && isPlainObject(step.lookup) &&
    (step.rate === undefined || typeof step.rate === "string") && (step.driver === undefined || typeof step.driver === "number")
  );
}

interface Head { component: string; factor: string; bytes: Uint8Array }
interface Tail { operation: string; value: string; bytes: Uint8Array }

const heads = new WeakMap<object, Head[]>();
const tails = new Map<string, Tail[]>();

const HEAD_COMPONENT = utf8('{"component":');
const HEAD_FACTOR = utf8(',"factor":');
const HEAD_LABEL = utf8(',"label":');
const HEAD_LOOKUP = utf8(',"lookup":');
const TAIL_MATCHED = utf8(',"matched":');
const TAIL_OPERATION = utf8(',"operation":');
const TAIL_VALUE = utf8(',"value":');
const RATE = utf8(',"rate":');
const TOTAL = utf8(',"total":');
const DRIVER = utf8(',"driver":');

/** `{"component":…,"factor":…,"label":…,"lookup":` */
function head(step: Step): Uint8Array | undefined {
  let variants = heads.get(step.label);
  if (variants === undefined) {
    variants = [];
    heads.set(step.label, variants);
  }
  for (const h of variants) if (h.component === step.component && h.factor === step.factor) return h.bytes;
  if (variants.length >= MAX_VARIANTS) return undefined;
  const scratch = new JsonBytes(512);
  putHead(scratch, step);
  const bytes = scratch.copyFrom(0);
  variants.push({ component: step.component, factor: step.factor, bytes });
  return bytes;
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

/** `,"matched":…,"operation":…,"value":…` */
function tail(step: Step): Uint8Array | undefined {
  let variants = tails.get(step.matched);
  if (variants === undefined) {
    if (tails.size >= MAX_TAIL_KEYS) tails.clear();
    variants = [];
    tails.set(step.matched, variants);
  }
  for (const t of variants) if (t.operation === step.operation && t.value === step.value) return t.bytes;
  if (variants.length >= MAX_VARIANTS) return undefined;
  const scratch = new JsonBytes(256);
  putTail(scratch, step);
  const bytes = scratch.copyFrom(0);
  variants.push({ operation: step.operation, value: step.value, bytes });
  return bytes;
}

function putTail(out: JsonBytes, step: Step): void {
  out.put(TAIL_MATCHED);
  putString(out, step.matched);
  out.put(TAIL_OPERATION);
  putString(out, step.operation);
  out.put(TAIL_VALUE);
  putString(out, step.value);
}

const TOTAL_OPEN = utf8(',"total":"');

/**
 * The common step — head, lookup and tail all cached, no rate — in one go; false (nothing
 * written) when the total needs escaping or anything else is unusual.
 */
function putStepFast(out: JsonBytes, head: Uint8Array, lookupStart: number, lookupLength: number, tail: Uint8Array, total: string, driver: unknown): boolean {
  const driverText = driver === undefined ? "" : typeof driver === "number" && Number.isFinite(driver) ? String(driver) : "null";
  const bytes = out.reserve(head.length + lookupLength + tail.length + TOTAL_OPEN.length + total.length + driverText.length + 16);
  let at = out.length;
  bytes.set(head, at);
  at += head.length;
  bytes.copyWithin(at, lookupStart, lookupStart + lookupLength);
  at += lookupLength;
  bytes.set(tail, at);
  at += tail.length;
  for (let i = 0; i < TOTAL_OPEN.length; i += 1) bytes[at + i] = TOTAL_OPEN[i]!;
  at += TOTAL_OPEN.length;
  for (let i = 0; i < total.length; i += 1) {
    const c = total.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
    bytes[at + i] = c;
  }
  at += total.length;
  bytes[at] = 0x22;
  at += 1;
  if (driverText !== "") {
    for (let i = 0; i < DRIVER.length; i += 1) bytes[at + i] = DRIVER[i]!;
    at += DRIVER.length;
    for (let i = 0; i < driverText.length; i += 1) bytes[at + i] = driverText.charCodeAt(i);
    at += driverText.length;
  }
  bytes[at] = 0x7d;
  out.length = at + 1;
  return true;
}

function putStep(out: JsonBytes, step: Step): void {
  const h = head(step);
  const t = tail(step);
  const lookup = writtenLookup(step.lookup);
  if (h !== undefined && t !== undefined && lookup >= 0 && step.rate === undefined && putStepFast(out, h, lookupStarts[lookup]!, lookupLengths[lookup]!, t, step.total, step.driver)) return;
  if (h !== undefined) out.put(h);
  else putHead(out, step);
  putLookup(out, step.lookup);
  if (t !== undefined) out.put(t);
  else putTail(out, step);
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

function forgetLookups(): void {
  for (let i = 0; i < lookupCount; i += 1) lookupObjects[i] = EMPTY;
  lookupCount = 0;
}
const EMPTY = {};

/** Index of a lookup object already written in this response, or -1. */
function writtenLookup(lookup: object): number {
  for (let i = 0; i < lookupCount; i += 1) if (lookupObjects[i] === lookup) return i;
  return -1;
}

/** A request's lookup objects are shared by all its quotes: written once, then copied. */
function putLookup(out: JsonBytes, lookup: object): void {
  const i = writtenLookup(lookup);
  if (i >= 0) {
    out.repeat(lookupStarts[i]!, lookupLengths[i]!);
    return;
  }
  const start = out.length;
  putValue(out, lookup);
  lookupObjects[lookupCount] = lookup;
  lookupStarts[lookupCount] = start;
  lookupLengths[lookupCount] = out.length - start;
  lookupCount += 1;
}

function putSteps(out: JsonBytes, steps: readonly unknown[]): void {
  out.putAscii("[");
  for (let i = 0; i < steps.length; i += 1) {
    if (i > 0) out.putAscii(",");
    const step = steps[i];
    if (isPlainStep(step)) putStep(out, step);
    else if (!putValue(out, step, responseParts)) out.putAscii("null");
  }
  out.putAscii("]");
}

/** The fast paths, by property name, anywhere in a response. */
const responseParts: KeyedWriter = (out, key, value) => {
  switch (key) {
    case "steps":
      if (!Array.isArray(value)) return false;
      putSteps(out, value);
      return true;
    case "lookup":
      if (typeof value !== "object" || value === null || !isPlainObject(value)) return false;
      putLookup(out, value);
      return true;
    case "label":
    case "notes":
      return putShared(out, value);
    default:
      return false;
  }
};

/** Appends `JSON.stringify(response)` as UTF-8. */
export function writeResponse(out: JsonBytes, response: ComparisonResponse): void {
  forgetLookups();
  try {
    putValue(out, response, responseParts);
  } finally {
    forgetLookups();
  }
}

const scratch = new JsonBytes(256 * 1024);

/**
 * Exactly `JSON.stringify(response)`, as a string. Decoding the bytes back into a string costs
 * about what the serializer saves, so this is for checks and callers that need a string; output
 * should be written with writeResponse (or outcomeJson).
 */
export function serializeResponse(response: ComparisonResponse): string {
  scratch.length = 0;
  writeResponse(scratch, response);
  return scratch.text();
}
