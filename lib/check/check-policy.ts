import type { Catalog } from "@/lib/catalog";
import { compareQuotes, Decimal, selectEdition, type DeclineReason, type Quote, type RateBookLibrary, type TLabel, type TQuoteRequest } from "@/lib/rating";
import { toMoneyString } from "@/lib/rating/money";
import { alternativeOptions, applyOption, type CheckOption } from "./options";

export interface PolicyCheckInput {
  /** The validated conditions; `policyStart` is the policy's start date. */
  request: TQuoteRequest;
  insurerId: string;
  /** The premium actually paid for the year, in rubles (a decimal string). */
  paid: string;
  /** Today (YYYY-MM-DD), for the other insurers' prices; the caller owns the clock. */
  today: string;
}

export interface CheckedInsurer {
  id: string;
  name: TLabel;
}

/** An option priced at the insurer's edition: what the premium would have been. */
export interface PricedOption {
  option: CheckOption;
  premium: string;
  /** Tariff premium minus this option's premium: > 0 for a saving. */
  saving: string;
}

/** A worksheet line that, left out, brings the tariff close to what was paid. */
export interface ExplainingLine {
  factor: string;
  label: TLabel;
  value: string;
  /** The premium without this line (the tariff divided by its coefficient, to kopecks). */
  premiumWithout: string;
}

export interface OtherInsurers {
  today: string;
  quotes: { insurerId: string; name: TLabel; premium: string; effectiveFrom: string }[];
  declined: { insurerId: string; name: TLabel; reasons: DeclineReason[] }[];
}

export type PolicyCheck =
  | { kind: "unknown-insurer"; insurerId: string }
  | { kind: "no-edition"; insurer: CheckedInsurer; policyStart: string; firstEffectiveFrom: string | null; others: OtherInsurers }
  | { kind: "declined"; insurer: CheckedInsurer; edition: { id: string; effectiveFrom: string }; reasons: DeclineReason[]; others: OtherInsurers }
  | {
      kind: "checked";
      insurer: CheckedInsurer;
      edition: { id: string; effectiveFrom: string };
      paid: string;
      tariff: string;
      /** paid − tariff */
      difference: string;
      /** The largest difference still called a match: one unit of the edition's premium rounding. */
      tolerance: string;
      verdict: "matches" | "higher" | "lower";
      quote: Quote;
      /** Options whose price equals what was paid (within the tolerance): the likeliest explanation of a difference. */
      matchingOptions: PricedOption[];
      explainingLines: ExplainingLine[];
      /** Options that lower the price, largest saving first. */
      savings: PricedOption[];
      others: OtherInsurers;
    };

const MAX_EXPLAINING_LINES = 3;

/** The library cut down to one insurer, so the comparison's edition selection prices it alone. */
function onlyInsurer(library: RateBookLibrary, insurerId: string): RateBookLibrary {
  const editions = library.get(insurerId);
  return new Map(editions ? [[insurerId, editions]] : []);
}

/** The insurer's premium for `request` (its edition in force on the request's start date), or null when it declines. */
export function premiumAt(request: TQuoteRequest, library: RateBookLibrary, insurerId: string, catalog: Catalog): Quote | null {
  return compareQuotes(request, onlyInsurer(library, insurerId), catalog).quotes[0] ?? null;
}

function othersToday(request: TQuoteRequest, library: RateBookLibrary, insurerId: string, catalog: Catalog, today: string): OtherInsurers {
  const rest: RateBookLibrary = new Map([...library].filter(([id]) => id !== insurerId));
  const result = compareQuotes({ ...request, policyStart: today }, rest, catalog);
  return {
    today,
    quotes: result.quotes.map((q) => ({ insurerId: q.insurerId, name: { ru: q.insurerName, en: q.insurerNameEn }, premium: q.premium, effectiveFrom: q.rateBook.effectiveFrom })),
    declined: result.declined.map((d) => ({ insurerId: d.insurerId, name: { ru: d.insurerName, en: d.insurerNameEn }, reasons: d.reasons })),
  };
}

/** Coefficient lines (other than 1) whose absence brings the tariff closer to what was paid, closest first. */
function explainingLines(quote: Quote, tariff: Decimal, paid: Decimal): ExplainingLine[] {
  const gap = paid.minus(tariff).abs();
  const lines: { line: ExplainingLine; distance: Decimal }[] = [];
  for (const step of quote.steps) {
    if (step.operation !== "multiply") continue;
    const value = new Decimal(step.value);
    if (value.isZero() || value.eq(1)) continue;
    const without = tariff.div(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const distance = without.minus(paid).abs();
    if (distance.gte(gap)) continue;
    if (lines.some((l) => l.line.factor === step.factor && l.line.value === step.value)) continue;
    lines.push({ line: { factor: step.factor, label: step.label, value: step.value, premiumWithout: toMoneyString(without) }, distance });
  }
  lines.sort((a, b) => a.distance.comparedTo(b.distance) || a.line.factor.localeCompare(b.line.factor));
  return lines.slice(0, MAX_EXPLAINING_LINES).map((l) => l.line);
}

/**
 * Checks a policy: prices its conditions with the insurer's edition in force on the policy's
 * start date, compares the result with what was paid, prices every option the client could have
 * chosen differently at that edition (the savings, largest first) and prices the same conditions
 * at the other insurers today. Pure: the library and today are arguments.
 */
export function checkPolicy(input: PolicyCheckInput, library: RateBookLibrary, catalog: Catalog): PolicyCheck {
  const { request, insurerId, today } = input;
  const editions = library.get(insurerId);
  const first = editions?.[0];
  if (!editions || !first) return { kind: "unknown-insurer", insurerId };
  const insurer = { id: insurerId, name: first.insurerName };
  const others = othersToday(request, library, insurerId, catalog, today);
  const book = selectEdition(editions, request.policyStart);
  if (!book) return { kind: "no-edition", insurer, policyStart: request.policyStart, firstEffectiveFrom: first.effectiveFrom, others };

  const edition = { id: book.id, effectiveFrom: book.effectiveFrom };
  const result = compareQuotes(request, onlyInsurer(library, insurerId), catalog);
  const quote = result.quotes[0];
  if (!quote) return { kind: "declined", insurer, edition, reasons: result.declined[0]?.reasons ?? [], others };

  const tariff = new Decimal(quote.premium);
  const paid = new Decimal(input.paid);
  const difference = paid.minus(tariff);
  const tolerance = new Decimal(1).div(new Decimal(10).pow(book.premiumDecimals));
  const verdict = difference.abs().lte(tolerance) ? "matches" : difference.gt(0) ? "higher" : "lower";

  const priced: PricedOption[] = [];
  for (const option of alternativeOptions(request, book)) {
    const alternative = premiumAt(applyOption(request, option), library, insurerId, catalog);
    if (!alternative) continue;
    priced.push({ option, premium: alternative.premium, saving: toMoneyString(tariff.minus(alternative.premium)) });
  }
  const savings = priced.filter((p) => new Decimal(p.saving).gt(0)).sort((a, b) => new Decimal(b.saving).comparedTo(a.saving));
  const matchingOptions = verdict === "matches" ? [] : priced.filter((p) => new Decimal(p.premium).minus(paid).abs().lte(tolerance));

  return {
    kind: "checked",
    insurer,
    edition,
    paid: toMoneyString(paid),
    tariff: quote.premium,
    difference: toMoneyString(difference),
    tolerance: toMoneyString(tolerance),
    verdict,
    quote,
    matchingOptions,
    explainingLines: verdict === "matches" ? [] : explainingLines(quote, tariff, paid),
    savings,
    others,
  };
}
