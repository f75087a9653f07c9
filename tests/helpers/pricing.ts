/**
 * Shared fixtures: the reference profile (every factor equals 1) and small helpers that price a raw
 * request the way the API does (validate, then compare) and pick quotes and worksheet steps out.
 */
import { catalog } from "@/lib/catalog";
import { compareQuotes, Decimal, parseQuoteRequest, type ComparisonResponse, type Declined, type Quote, type RateBookLibrary, type WorksheetStep } from "@/lib/rating";
import { demoLibrary, fixtureLibrary } from "./fixture-library";

/** The clock the tests run with; also the reference policy start, so "omitted" and "given" agree. */
export const TODAY = "2026-12-01";
export const POLICY_START = "2026-12-01";

/** Every insurer of the rate books (the fixtures and data/ have the same), in the column order the tables of expected values use. */
export const INSURERS = ["renaissance", "rosgosstrakh", "liberty", "maks", "surgutneftegaz", "ingosstrakh"] as const;
export type InsurerId = (typeof INSURERS)[number];

/** The models of the 2019 table in the source article. */
export const TABLE_MODELS = ["hyundai-solaris", "kia-rio", "lada-granta", "volkswagen-polo", "renault-logan", "lada-largus", "toyota-camry"] as const;

/** The safest driver of every tariff: every driver coefficient is 1. */
export const REFERENCE_DRIVER = { age: 40, experienceYears: 20, sex: "male", married: true, hasChildren: true } as const;

export type Json = Record<string, unknown>;

export interface RequestPatch {
  /** Merged into the reference vehicle. */
  vehicle?: Json;
  /** Merged into the single reference driver (ignored when `drivers` is given). */
  driver?: Json;
  /** Replaces the driver list. */
  drivers?: unknown[];
  [topLevel: string]: unknown;
}

export function listPrice(modelId: string): string {
  const model = catalog.models.get(modelId);
  if (!model?.listPrice) throw new Error(`test setup: model ${modelId} is not in the catalog or has no list price`);
  return model.listPrice;
}

/** The reference profile for `modelId`, with `patch` applied; a plain JSON value as a client would send it. */
export function referenceRequest(modelId = "hyundai-solaris", patch: RequestPatch = {}): Json {
  const { vehicle, driver, drivers, ...top } = patch;
  return {
    policyStart: POLICY_START,
    region: "38",
    bonusMalusClass: "3",
    vehicle: { modelId, year: 2026, price: listPrice(modelId), ...vehicle },
    drivers: drivers ?? [{ ...REFERENCE_DRIVER, ...driver }],
    ...top,
  };
}

/**
 * Validates and prices a raw request, with the fixture rate books unless told otherwise; an
 * invalid request is a broken test, so it throws with the issues.
 */
export function priceRaw(raw: unknown, library: RateBookLibrary = fixtureLibrary()): ComparisonResponse {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`test request is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return compareQuotes(parsed.request, library, catalog);
}

/** The reference profile with `patch`, priced with the fixture rate books. */
export function price(modelId = "hyundai-solaris", patch: RequestPatch = {}): ComparisonResponse {
  return priceRaw(referenceRequest(modelId, patch));
}

/** The same, priced with the demonstration tariffs in data/ (for the tests of that data only). */
export function priceDemo(modelId = "hyundai-solaris", patch: RequestPatch = {}): ComparisonResponse {
  return priceRaw(referenceRequest(modelId, patch), demoLibrary());
}

export function findQuote(response: ComparisonResponse, insurerId: string): Quote | undefined {
  return response.quotes.find((q) => q.insurerId === insurerId);
}

export function findDeclined(response: ComparisonResponse, insurerId: string): Declined | undefined {
  return response.declined.find((d) => d.insurerId === insurerId);
}

/** The quote of `insurerId`; fails with the decline reasons when there is none. */
export function quoteOf(response: ComparisonResponse, insurerId: string): Quote {
  const quote = findQuote(response, insurerId);
  if (!quote) {
    const reasons = findDeclined(response, insurerId)?.reasons.map((r) => r.code) ?? ["not in the response"];
    throw new Error(`${insurerId} did not quote: ${reasons.join(", ")}`);
  }
  return quote;
}

export function premiumOf(response: ComparisonResponse, insurerId: string): Decimal {
  return new Decimal(quoteOf(response, insurerId).premium);
}

/** Sorted decline codes of `insurerId`, or null when it quoted. */
export function declineCodes(response: ComparisonResponse, insurerId: string): string[] | null {
  const declined = findDeclined(response, insurerId);
  return declined ? declined.reasons.map((r) => r.code).sort() : null;
}

export function stepsFor(quote: Quote, factor: string): WorksheetStep[] {
  return quote.steps.filter((s) => s.factor === factor);
}

/**
 * The single value a factor table contributed. A table over both components adds one step per
 * component; they must agree, else the worksheet contradicts itself.
 */
export function factorValue(quote: Quote, factor: string): string | undefined {
  const values = [...new Set(stepsFor(quote, factor).map((s) => s.value))];
  if (values.length > 1) throw new Error(`${quote.insurerId}: table ${factor} applied different values ${values.join(" / ")}`);
  return values[0];
}

/** `a / b` as a number, for the ratio checks of the seed facts. */
export function ratio(a: Decimal, b: Decimal): number {
  return a.div(b).toNumber();
}

/** A full quote's summary fields (what `detail=summary` answers per quote), in their order. */
export function summaryFields(q: Record<string, unknown>): Record<string, unknown> {
  const { rank, insurerId, insurerName, insurerNameEn, premium, components, installments, installmentAmount, installmentSchedule, rateBook } = q;
  // Format 2's fields, present only when they say something (docs/decisions/0021-rate-book-programmes-and-add-ons.md).
  const { programme, addOns, coverPremium, policyTermMonths, provenance } = q;
  return { rank, insurerId, insurerName, insurerNameEn, premium, components, installments, installmentAmount, installmentSchedule, rateBook, programme, addOns, coverPremium, policyTermMonths, provenance };
}
