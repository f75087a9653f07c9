import { addOnScope, checkOptions, chooseProgramme, enterProgramme } from "./check-options";
import type { CompiledAddOn, CompiledProgramme, CompiledRateBook } from "./compile-rate-book";
import { HUNDRED, HUNDREDTH, ZERO, type Decimal } from "./decimal";
import { checkEligibility } from "./eligibility";
import { findRow, rowAt, GAP, SKIP, describeLookup } from "./lookup-table";
import { DECLINE_MESSAGES, STEP_LABELS } from "./messages";
import { roundHalfUp, splitIntoInstallments, toMoneyString } from "./money";
import { laneTotalsOf, laneTotalsOfRates, splitComponents, type LaneTotals } from "./lane-totals";
import { priceComponents, type ComponentWork } from "./price-components";
import { priceByRates, type RateLanes } from "./price-rates";
import { scheduleSummary, splitSummary, summaryTotals, type SummaryTotals } from "./price-summary";
import { toDecimal } from "./scaled";
import type { PricingInput } from "./pricing-input";
import type { PricingRecord, RecordedTotal } from "./pricing-record";
import type { TAddOnChoice } from "./request-schema";
import { DeclineCode, type DeclineReason, type Declined, type QuoteAddOn, type QuoteSummary } from "./result-types";

export type { PricingInput } from "./pricing-input";

/** One insurer's priced quote without its worksheet, and what pricing recorded to write the worksheet on request. */
export interface PricedQuote {
  quote: QuoteSummary;
  book: CompiledRateBook;
  /** Undefined when the input asked for no worksheet (recordWorksheet false). */
  record: PricingRecord | undefined;
}

export type PricingOutcome = { kind: "quote"; priced: PricedQuote } | { kind: "declined"; declined: Declined };

function declined(book: CompiledRateBook, reasons: DeclineReason[]): PricingOutcome {
  return {
    kind: "declined",
    declined: {
      insurerId: book.insurerId,
      insurerName: book.insurerName.ru,
      insurerNameEn: book.insurerName.en,
      rateBook: { id: book.id, effectiveFrom: book.effectiveFrom },
      reasons,
    },
  };
}

/** The instalments as money texts (the regular one formatted once). */
function scheduleTexts(premium: Decimal, premiumText: string, parts: number): string[] {
  if (parts === 1) return [premiumText];
  const schedule = splitIntoInstallments(premium, parts);
  const regular = toMoneyString(schedule[0]!);
  return schedule.map((amount, i) => (i < parts - 1 ? regular : toMoneyString(amount)));
}

/** An asked add-on priced: its unrounded amount (after-rounding ones: to kopecks) and its worksheet texts. */
interface PricedAddOn {
  addOn: CompiledAddOn;
  choice: TAddOnChoice;
  amount: Decimal;
  valueText: string;
  matched: string;
  lookup: Readonly<Record<string, string | number | boolean>>;
}

/** Each asked add-on's amount from its price table, or the reason it has none. */
function priceAddOns(book: CompiledRateBook, input: PricingInput): PricedAddOn[] | DeclineReason[] {
  const priced: PricedAddOn[] = [];
  const reasons: DeclineReason[] = [];
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  for (const choice of input.request.addOns) {
    const addOn = book.addOns.get(choice.id)!;
    const scope = addOnScope(input, choice);
    const row = rowAt(addOn.price, findRow(addOn.price, scope));
    if (row === GAP || row === SKIP) {
      reasons.push({ code: DeclineCode.AddOnNotPriced, message: DECLINE_MESSAGES.addOnNotPriced(addOn.name) });
      continue;
    }
    const raw = addOn.basis === "rate" ? sumInsured.times(row.value) : row.value;
    const amount = addOn.apply === "afterRounding" ? roundHalfUp(raw, 2) : raw;
    const lookup = input.recordWorksheet ? Object.freeze(describeLookup(addOn.price, scope)) : EMPTY_LOOKUP;
    priced.push({ addOn, choice, amount, valueText: row.valueText, matched: addOn.basis === "rate" ? `${row.description}; rate of the sum insured` : `${row.description}; rubles`, lookup });
  }
  return reasons.length > 0 ? reasons : priced;
}

const EMPTY_LOOKUP = Object.freeze({});

interface Totals {
  premium: Decimal;
  premiumText: string;
  /** The cover's part of the premium, and each add-on's part (in the order asked). */
  coverPart: Decimal;
  addOnParts: Decimal[];
  totals: RecordedTotal[] | undefined;
}

const SUM_MATCHED = { full: "damage + theft", damage: "damage", theft: "theft" } as const;

function totalLine(factor: string, label: RecordedTotal["label"], matched: string, operation: RecordedTotal["operation"], value: RecordedTotal["value"], total: RecordedTotal["total"], rate?: Decimal): RecordedTotal {
  return { component: "total", factor, label, matched, operation, value, total, rate, lookup: undefined };
}

/** An add-on's line (its price) and the total's line adding it; after rounding, both are money (kopecks). */
function addLine(totals: RecordedTotal[], a: PricedAddOn, running: Decimal): void {
  const after = a.addOn.apply === "afterRounding";
  const amount = after ? toMoneyString(a.amount) : a.amount;
  totals.push({ component: "addOn", factor: `add-on-${a.addOn.id}`, label: a.addOn.name, matched: a.matched, operation: "base", value: a.valueText, total: amount, rate: undefined, lookup: a.lookup });
  totals.push(totalLine(`add-on-${a.addOn.id}`, a.addOn.name, after ? "added after rounding" : "added before rounding", "add", amount, after ? toMoneyString(running) : running));
}

/**
 * The premium from the lanes' amounts: their sum, the rate steps, the minimum premium, the add-ons
 * priced before rounding, the premium's rounding steps, then the add-ons priced after them. The
 * rounding steps are the only places money is rounded.
 */
function totalUp(book: CompiledRateBook, programme: CompiledProgramme, input: PricingInput, lanes: LaneTotals, addOns: readonly PricedAddOn[]): Totals {
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const recording = input.recordWorksheet;
  const totals: RecordedTotal[] | undefined = recording ? [] : undefined;
  const sum = lanes.sum;
  if (totals) {
    const matched = lanes.single ? "single" : SUM_MATCHED[input.request.coverage];
    totals.push(totalLine("sum", STEP_LABELS.sum, matched, "sum", sum, sum));
  }
  let running = sum;
  // The running amount ÷ the sum insured, while it is known without dividing.
  let rate = lanes.rate;
  const steps = book.roundingSteps;
  let s = 0;
  for (; s < steps.length && steps[s]!.target === "ratePercent"; s += 1) {
    const step = steps[s]!;
    const ratePercent = roundHalfUp((rate ?? running.div(sumInsured)).times(HUNDRED), step.decimals);
    rate = undefined;
    running = sumInsured.times(ratePercent).times(HUNDREDTH);
    if (totals) totals.push(totalLine(step.id, step.label, step.matched, "round", ratePercent, running, ratePercent.times(HUNDREDTH)));
  }
  const minimum = programme.minimumPremium;
  if (running.lt(minimum)) {
    running = minimum;
    if (totals) {
      const text = minimum.toString();
      totals.push(totalLine("minimum-premium", STEP_LABELS.minimum, `minimum ${text}`, "minimum", text, text));
    }
  }
  const cover = running;
  let before = ZERO;
  const addOnParts = new Array<Decimal>(addOns.length);
  for (const a of addOns) {
    if (a.addOn.apply !== "beforeRounding") continue;
    running = running.plus(a.amount);
    before = before.plus(a.amount);
    if (totals) addLine(totals, a, running);
  }
  let premiumText = "";
  for (; s < steps.length; s += 1) {
    const step = steps[s]!;
    running = roundHalfUp(running, step.decimals);
    premiumText = toMoneyString(running);
    if (totals) totals.push(totalLine(step.id, step.label, step.matched, "round", String(step.decimals), premiumText));
  }
  // The rounded amount shared between the cover and the add-ons priced before rounding, in proportion; the cover takes the remainder.
  const rounded = running;
  let coverPart = rounded;
  if (before.gt(ZERO)) {
    const whole = cover.plus(before);
    addOns.forEach((a, i) => {
      if (a.addOn.apply !== "beforeRounding") return;
      const part = roundHalfUp(rounded.times(a.amount).div(whole), 2);
      addOnParts[i] = part;
      coverPart = coverPart.minus(part);
    });
  }
  for (let i = 0; i < addOns.length; i += 1) {
    const a = addOns[i]!;
    if (a.addOn.apply !== "afterRounding") continue;
    running = running.plus(a.amount);
    addOnParts[i] = a.amount;
    if (totals) addLine(totals, a, running);
  }
  if (running !== rounded) premiumText = toMoneyString(running);
  return { premium: running, premiumText, coverPart, addOnParts, totals };
}

/** What pricing a request with a book gives before its quote is written: the programme, the lanes and the premium's totals. */
interface PricedTotals {
  programme: CompiledProgramme;
  lanes: LaneTotals;
  work: ComponentWork | undefined;
  addOns: PricedAddOn[];
  totals: Totals;
}

/** A summary quote without add-ons priced by rates: its totals in scaled integers (price-summary.ts). */
interface RatedTotals {
  programme: CompiledProgramme;
  rated: RateLanes;
  summary: SummaryTotals;
}

/** The book's premium for the request and what it was worked out from, or the book's reasons for declining. */
function priceTotals(book: CompiledRateBook, input: PricingInput): PricedTotals | RatedTotals | DeclineReason[] {
  const { request } = input;
  const programme = chooseProgramme(book, request);
  if ("code" in programme) {
    enterProgramme(input, undefined);
    return [...checkEligibility(book, request, input.policy, input.scope, input.driverScopes), programme];
  }
  enterProgramme(input, programme);
  const reasons = checkEligibility(book, request, input.policy, input.scope, input.driverScopes);
  reasons.push(...checkOptions(book, programme, input));
  if (reasons.length > 0) return reasons;
  // A summary prices by rates where that gives the same (price-rates.ts); else, and for a worksheet, lane by lane.
  const rated = input.recordWorksheet || programme.flatRate !== undefined ? null : priceByRates(book, programme, input);
  if (rated !== null && request.addOns.length === 0) return { programme, rated, summary: summaryTotals(book, programme, rated) };
  let lanes = rated === null ? null : laneTotalsOfRates(rated);
  let work: ComponentWork | undefined;
  if (lanes === null) {
    const outcome = priceComponents(book, programme, input);
    if (!outcome.ok) return outcome.reasons;
    work = outcome.work;
    lanes = laneTotalsOf(work);
  }
  let addOns: PricedAddOn[] = NO_ADD_ONS;
  if (request.addOns.length > 0) {
    const priced = priceAddOns(book, input);
    if (priced.length > 0 && "code" in priced[0]!) return priced as DeclineReason[];
    addOns = priced as PricedAddOn[];
  }
  return { programme, lanes, work, addOns, totals: totalUp(book, programme, input, lanes, addOns) };
}

/**
 * Only the book's premium for the request (its amount and its money text), or the book's reasons
 * for declining: the same premium and reasons as priceWithRateBook's, without writing the quote
 * (no components, instalments or add-on parts). Pure.
 */
export function pricePremiumWithRateBook(book: CompiledRateBook, input: PricingInput): { premium: Decimal; premiumText: string } | DeclineReason[] {
  const priced = priceTotals(book, input);
  if (Array.isArray(priced)) return priced;
  if ("summary" in priced) return { premium: toDecimal(priced.summary.premium), premiumText: priced.summary.premiumText };
  return { premium: priced.totals.premium, premiumText: priced.totals.premiumText };
}

/**
 * One insurer's quote for the request (premium, components, add-ons, instalments; the worksheet's
 * lines recorded but not written: see writeWorksheet), or its reasons for declining. Pure.
 */
export function priceWithRateBook(book: CompiledRateBook, input: PricingInput): PricingOutcome {
  const { request } = input;
  const priced = priceTotals(book, input);
  if (Array.isArray(priced)) return declined(book, priced);
  if ("summary" in priced) {
    const { premium, premiumText } = priced.summary;
    const schedule = scheduleSummary(premium, premiumText, request.installments);
    return ratedQuote(book, priced.programme, input, premiumText, splitSummary(priced.rated, premium), schedule);
  }
  const { programme, lanes, work, addOns } = priced;
  const { premium, premiumText, coverPart, addOnParts, totals } = priced.totals;
  const installmentSchedule = scheduleTexts(premium, premiumText, request.installments);
  const quoteAddOns: QuoteAddOn[] | undefined =
    addOns.length === 0
      ? undefined
      : addOns.map((a, i) => ({ id: a.addOn.id, name: a.addOn.name, amount: toMoneyString(addOnParts[i]!), apply: a.addOn.apply, sumInsured: a.choice.sumInsured, trailer: a.choice.trailer }));
  const coverPremium = quoteAddOns === undefined ? undefined : toMoneyString(coverPart);
  const components = splitComponents(lanes, coverPart, input.policy["vehicle.price"] as Decimal);
  const quote = summaryQuote(book, programme, request, premiumText, components, installmentSchedule, quoteAddOns, coverPremium);

  const record: PricingRecord | undefined =
    work && work.lanes[0].lines && work.lanes[1].lines && totals ? { lines: [work.lanes[0].lines, work.lanes[1].lines], totals, decisiveDriver: work.decisive, slots: input.bookSlots } : undefined;
  return { kind: "quote", priced: { quote, book, record } };
}

const NO_ADD_ONS: PricedAddOn[] = [];

/** The quote of a summary priced by rates (no add-ons, no worksheet). */
function ratedQuote(book: CompiledRateBook, programme: CompiledProgramme, input: PricingInput, premiumText: string, components: QuoteSummary["components"], installmentSchedule: string[]): PricingOutcome {
  const quote = summaryQuote(book, programme, input.request, premiumText, components, installmentSchedule, undefined, undefined);
  return { kind: "quote", priced: { quote, book, record: undefined } };
}

/** A quote's fields, in the order every answer writes them (its JSON depends on it). */
function summaryQuote(
  book: CompiledRateBook,
  programme: CompiledProgramme,
  request: PricingInput["request"],
  premiumText: string,
  components: QuoteSummary["components"],
  installmentSchedule: string[],
  addOns: QuoteAddOn[] | undefined,
  coverPremium: string | undefined,
): QuoteSummary {
  return {
    rank: 0,
    insurerId: book.insurerId,
    insurerName: book.insurerName.ru,
    insurerNameEn: book.insurerName.en,
    premium: premiumText,
    components,
    installments: request.installments,
    installmentAmount: installmentSchedule[0]!,
    installmentSchedule,
    rateBook: { id: book.id, effectiveFrom: book.effectiveFrom },
    programme: programme.quoteProgramme,
    addOns,
    coverPremium,
    policyTermMonths: request.policyTermMonths === 12 ? undefined : request.policyTermMonths,
    provenance: book.quoteProvenance,
  };
}
