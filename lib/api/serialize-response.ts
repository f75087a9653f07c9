/**
 * The JSON of a ComparisonResponse, exactly what `JSON.stringify(response)` gives, written as
 * UTF-8 bytes (what the batch quoter writes out) in well under half the time JSON.stringify and
 * the encoding take together; `npm run bench:serialize` measures it.
 *
 * The response, its quotes and their conditions are written by their known shapes: property
 * names are fixed fragments, an insurer's identity and a rate book's reference are cached, and
 * the worksheet goes to serialize-steps.ts. Each object is first checked to have exactly the
 * expected keys in the expected order; an object of another shape, or with a value of another
 * kind, is written by the generic writer in its own key order instead (what was written of it is
 * dropped), so the result stays JSON.stringify's even if the shapes change.
 *
 * Used by the quote route for its default (full) answer and by the batch CLI; why it lives in
 * lib/api and how to re-measure: docs/decisions/0018-serializer-placement.md. Module-level state,
 * all bounded (the summary's writer, serialize-summary.ts, shares them): insurer heads (MAX_INSURER_HEADS) and rate-book references (MAX_RATE_BOOK_REFS),
 * each emptied when full; serializeResponse's scratch buffer, dropped back to its first size
 * after a response that outgrew it.
 */
import type { ComparisonResponse, Quote, QuoteConditions } from "@/lib/rating";
import { JsonBytes, putShared, putString, putValue, utf8, type KeyedWriter } from "./json-bytes";
import { forgetLookups, lookupMark, putSteps } from "./serialize-steps";

/** Every key of the type, in the library's order (a missing or unknown one fails to compile). */
export const RESPONSE_KEYS = Object.keys({ policyStart: 1, currency: 1, quotes: 1, declined: 1 } satisfies Record<keyof ComparisonResponse, 1>);
const QUOTE_KEYS = Object.keys({
  rank: 1, insurerId: 1, insurerName: 1, insurerNameEn: 1, premium: 1, components: 1, installments: 1,
  installmentAmount: 1, installmentSchedule: 1, rateBook: 1, programme: 1, addOns: 1, coverPremium: 1,
  policyTermMonths: 1, provenance: 1, conditions: 1, steps: 1,
} satisfies Record<keyof Quote, 1>);
/** The quote's keys that are present only when they say something (undefined: left out, as JSON.stringify does). */
export const OPTIONAL_QUOTE_KEYS = ["programme", "addOns", "coverPremium", "policyTermMonths", "provenance"] as const;
export const OPTIONAL_QUOTE_HEADS = OPTIONAL_QUOTE_KEYS.map((key) => utf8(`,${JSON.stringify(key)}:`));
const CONDITION_KEYS = Object.keys({
  coverage: 1, sumInsured: 1, sumInsuredType: 1, franchise: 1, franchiseAmount: 1, repair: 1,
  wearDeduction: 1, installments: 1, drivers: 1, notes: 1,
} satisfies Record<keyof QuoteConditions, 1>);
const DRIVERS_KEYS = Object.keys({ unlimited: 1, count: 1, decisiveDriver: 1 } satisfies Record<keyof QuoteConditions["drivers"], 1>);
const COMPONENT_KEYS = Object.keys({ damage: 1, theft: 1 } satisfies Record<keyof Quote["components"], 1>);
const RATE_BOOK_KEYS = Object.keys({ id: 1, effectiveFrom: 1 } satisfies Record<keyof Quote["rateBook"], 1>);

/** An ordinary object whose own enumerable keys are exactly `keys`, in that order. */
export function hasKeys(o: unknown, keys: readonly string[]): o is Record<string, unknown> {
  if (typeof o !== "object" || o === null || Object.getPrototypeOf(o) !== Object.prototype) return false;
  const own = Object.keys(o);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < own.length; i += 1) if (own[i] !== keys[i]) return false;
  return true;
}

const text = (s: string) => utf8(s);
const R_POLICY_START = text('{"policyStart":');
const R_CURRENCY = text(',"currency":');
const R_QUOTES = text(',"quotes":[');
const R_DECLINED = text('],"declined":');
const Q_RANK = text('{"rank":');
const Q_COMPONENTS = text(',"components":');
const Q_INSTALLMENTS = text(',"installments":');
const Q_INSTALLMENT_AMOUNT = text(',"installmentAmount":');
const Q_SCHEDULE = text(',"installmentSchedule":');
const Q_RATE_BOOK = text(',"rateBook":');
const Q_CONDITIONS = text(',"conditions":');
const Q_STEPS = text(',"steps":');
const C_COVERAGE = text('{"coverage":');
const C_SUM_INSURED = text(',"sumInsured":');
const C_SUM_INSURED_TYPE = text(',"sumInsuredType":');
const C_FRANCHISE = text(',"franchise":');
const C_FRANCHISE_AMOUNT = text(',"franchiseAmount":');
const C_REPAIR = text(',"repair":');
const C_WEAR = text(',"wearDeduction":');
const C_INSTALLMENTS = text(',"installments":');
const C_DRIVERS = text(',"drivers":{"unlimited":');
const C_COUNT = text(',"count":');
const C_DECISIVE = text(',"decisiveDriver":');
const C_NOTES = text('},"notes":');
const DAMAGE = text('{"damage":');
const THEFT = text(',"theft":');

/** A number as JSON.stringify writes it. */
export function putNumber(out: JsonBytes, n: number): void {
  out.putAscii(Number.isFinite(n) ? String(n) : "null");
}

/** Insurers and rate books whose bytes are kept before that cache is emptied. */
export const MAX_INSURER_HEADS = 256;
export const MAX_RATE_BOOK_REFS = 1024;

/** `,"insurerId":…,"insurerName":…,"insurerNameEn":…,"premium":` per insurer. */
const insurerHeads = new Map<string, { name: string; nameEn: string; bytes: Uint8Array }>();

export function insurerHead(id: string, name: string, nameEn: string): Uint8Array {
  const cached = insurerHeads.get(id);
  if (cached !== undefined && cached.name === name && cached.nameEn === nameEn) return cached.bytes;
  const bytes = text(`,"insurerId":${JSON.stringify(id)},"insurerName":${JSON.stringify(name)},"insurerNameEn":${JSON.stringify(nameEn)},"premium":`);
  if (insurerHeads.size >= MAX_INSURER_HEADS) insurerHeads.clear();
  insurerHeads.set(id, { name, nameEn, bytes });
  return bytes;
}

/** `{"id":…,"effectiveFrom":…}` per rate book. */
const rateBookRefs = new Map<string, { effectiveFrom: string; bytes: Uint8Array }>();

function rateBookRef(id: string, effectiveFrom: string): Uint8Array {
  const cached = rateBookRefs.get(id);
  if (cached !== undefined && cached.effectiveFrom === effectiveFrom) return cached.bytes;
  const bytes = text(JSON.stringify({ id, effectiveFrom }));
  if (rateBookRefs.size >= MAX_RATE_BOOK_REFS) rateBookRefs.clear();
  rateBookRefs.set(id, { effectiveFrom, bytes });
  return bytes;
}

/*
 * The parts below write a value by its shape or else the generic way; false (nothing written)
 * where JSON.stringify would leave the property out, which the caller's fast path cannot do.
 */

export function putStrings(out: JsonBytes, a: unknown): boolean {
  if (!Array.isArray(a)) return putValue(out, a);
  for (let i = 0; i < a.length; i += 1) if (typeof a[i] !== "string") return putValue(out, a);
  out.putAscii("[");
  for (let i = 0; i < a.length; i += 1) {
    if (i > 0) out.putAscii(",");
    putString(out, a[i] as string);
  }
  out.putAscii("]");
  return true;
}

export function putComponents(out: JsonBytes, c: unknown): boolean {
  if (!hasKeys(c, COMPONENT_KEYS) || typeof c.damage !== "string" || typeof c.theft !== "string") return putValue(out, c);
  out.put(DAMAGE);
  putString(out, c.damage);
  out.put(THEFT);
  putString(out, c.theft);
  out.putAscii("}");
  return true;
}

export function putRateBook(out: JsonBytes, r: unknown): boolean {
  if (!hasKeys(r, RATE_BOOK_KEYS) || typeof r.id !== "string" || typeof r.effectiveFrom !== "string") return putValue(out, r);
  out.put(rateBookRef(r.id, r.effectiveFrom));
  return true;
}

/** The conditions by their shape; false (some bytes written) when they have another. */
function putConditions(out: JsonBytes, c: unknown): boolean {
  if (!hasKeys(c, CONDITION_KEYS)) return false;
  const d = c.drivers;
  if (
    typeof c.coverage !== "string" || typeof c.sumInsured !== "string" || typeof c.sumInsuredType !== "string" ||
    typeof c.franchise !== "object" || c.franchise === null || typeof c.franchiseAmount !== "string" ||
    typeof c.repair !== "string" || typeof c.wearDeduction !== "boolean" || typeof c.installments !== "number" ||
    !hasKeys(d, DRIVERS_KEYS) || typeof d.unlimited !== "boolean" || typeof d.count !== "number" ||
    !(d.decisiveDriver === null || typeof d.decisiveDriver === "number") || typeof c.notes !== "object" || c.notes === null
  ) return false;
  out.put(C_COVERAGE);
  putString(out, c.coverage);
  out.put(C_SUM_INSURED);
  putString(out, c.sumInsured);
  out.put(C_SUM_INSURED_TYPE);
  putString(out, c.sumInsuredType);
  out.put(C_FRANCHISE);
  if (!putValue(out, c.franchise)) return false;
  out.put(C_FRANCHISE_AMOUNT);
  putString(out, c.franchiseAmount);
  out.put(C_REPAIR);
  putString(out, c.repair);
  out.put(C_WEAR);
  out.putAscii(c.wearDeduction ? "true" : "false");
  out.put(C_INSTALLMENTS);
  putNumber(out, c.installments);
  out.put(C_DRIVERS);
  out.putAscii(d.unlimited ? "true" : "false");
  out.put(C_COUNT);
  putNumber(out, d.count);
  out.put(C_DECISIVE);
  if (d.decisiveDriver === null) out.putAscii("null");
  else putNumber(out, d.decisiveDriver as number);
  out.put(C_NOTES);
  if (!putShared(out, c.notes)) return false;
  out.putAscii("}");
  return true;
}

/** A quote by its shape; false (some bytes written) when it has another. */
/**
 * The fields a full quote and a summary quote share, `{"rank":…` up to the optional keys (the
 * caller writes the rest and the closing brace); false (some bytes written) when one has another shape.
 */
export function putQuoteCommon(out: JsonBytes, q: Record<string, unknown>): boolean {
  if (
    typeof q.rank !== "number" || typeof q.insurerId !== "string" || typeof q.insurerName !== "string" ||
    typeof q.insurerNameEn !== "string" || typeof q.premium !== "string" || typeof q.installments !== "number" ||
    typeof q.installmentAmount !== "string"
  ) return false;
  out.put(Q_RANK);
  putNumber(out, q.rank);
  out.put(insurerHead(q.insurerId, q.insurerName, q.insurerNameEn));
  putString(out, q.premium);
  out.put(Q_COMPONENTS);
  if (!putComponents(out, q.components)) return false;
  out.put(Q_INSTALLMENTS);
  putNumber(out, q.installments);
  out.put(Q_INSTALLMENT_AMOUNT);
  putString(out, q.installmentAmount);
  out.put(Q_SCHEDULE);
  if (!putStrings(out, q.installmentSchedule)) return false;
  out.put(Q_RATE_BOOK);
  if (!putRateBook(out, q.rateBook)) return false;
  for (let i = 0; i < OPTIONAL_QUOTE_KEYS.length; i += 1) {
    const value = q[OPTIONAL_QUOTE_KEYS[i]!];
    if (value === undefined) continue;
    out.put(OPTIONAL_QUOTE_HEADS[i]!);
    if (!putValue(out, value)) return false;
  }
  return true;
}

function putQuote(out: JsonBytes, q: unknown): boolean {
  if (!hasKeys(q, QUOTE_KEYS) || !Array.isArray(q.steps)) return false;
  if (!putQuoteCommon(out, q)) return false;
  out.put(Q_CONDITIONS);
  if (!putConditions(out, q.conditions)) return false;
  out.put(Q_STEPS);
  putSteps(out, q.steps as unknown[]);
  out.putAscii("}");
  return true;
}

/** Anything written the generic way keeps the fast paths for worksheets and shared labels. */
const responseParts: KeyedWriter = (out, key, value) => {
  switch (key) {
    case "steps":
      if (!Array.isArray(value)) return false;
      putSteps(out, value);
      return true;
    case "label":
    case "notes":
      return putShared(out, value);
    default:
      return false;
  }
};

/** Writes `value` with `fast`, or, if it turns out to have another shape, again the generic way. */
function putEither(out: JsonBytes, value: unknown, fast: (out: JsonBytes, value: unknown) => boolean): void {
  const start = out.length;
  const mark = lookupMark();
  if (fast(out, value)) return;
  out.length = start;
  forgetLookups(mark);
  if (!putValue(out, value, responseParts)) out.putAscii("null");
}

function putComparison(out: JsonBytes, r: unknown): boolean {
  if (!hasKeys(r, RESPONSE_KEYS) || typeof r.policyStart !== "string" || typeof r.currency !== "string" || !Array.isArray(r.quotes)) return false;
  out.put(R_POLICY_START);
  putString(out, r.policyStart);
  out.put(R_CURRENCY);
  putString(out, r.currency);
  out.put(R_QUOTES);
  const quotes = r.quotes as unknown[];
  for (let i = 0; i < quotes.length; i += 1) {
    if (i > 0) out.putAscii(",");
    putEither(out, quotes[i], putQuote);
  }
  out.put(R_DECLINED);
  if (!putValue(out, r.declined, responseParts)) return false;
  out.putAscii("}");
  return true;
}

/** Appends `JSON.stringify(response)` as UTF-8. */
export function writeResponse(out: JsonBytes, response: ComparisonResponse): void {
  forgetLookups();
  try {
    putEither(out, response, putComparison);
  } finally {
    forgetLookups();
  }
}

const SCRATCH_BYTES = 256 * 1024;
let scratch = new JsonBytes(SCRATCH_BYTES);

/**
 * Exactly `JSON.stringify(response)`, as a string. Decoding the bytes back into a string costs
 * about what the serializer saves, so this is for checks and callers that need a string; output
 * should be written with writeResponse (or outcomeJson).
 */
export function serializeResponse(response: ComparisonResponse): string {
  scratch.length = 0;
  writeResponse(scratch, response);
  const json = scratch.text();
  // An unusually large response grew the buffer: let it go rather than keep it for good.
  if (scratch.bytes.length > SCRATCH_BYTES) scratch = new JsonBytes(SCRATCH_BYTES);
  return json;
}

/** How much the module-level caches hold now (for the tests that keep them bounded). */
export function responseCacheSizes(): { insurerHeads: number; rateBookRefs: number; scratchBytes: number } {
  return { insurerHeads: insurerHeads.size, rateBookRefs: rateBookRefs.size, scratchBytes: scratch.bytes.length };
}
