import { addOnScope, checkOptions, chooseProgramme, enterProgramme } from "./check-options";
import type { CompiledAddOn, CompiledProgramme, CompiledRateBook } from "./compile-rate-book";
import { HUNDRED, HUNDREDTH, ZERO, type Decimal } from "./decimal";
import { checkEligibility } from "./eligibility";
import { findRow, rowAt, GAP, SKIP, describeLookup } from "./lookup-table";
import { DECLINE_MESSAGES, STEP_LABELS } from "./messages";
import { roundHalfUp, splitIntoInstallments, toMoneyString } from "./money";
import { priceComponents, type ComponentWork } from "./price-components";
import type { PricingInput } from "./pricing-input";
import type { PricingRecord, RecordedTotal } from "./pricing-record";
import type { TComponentName } from "./rate-book-schema";
import type { TAddOnChoice } from "./request-schema";
import { DeclineCode, type DeclineReason, type Declined, type QuoteAddOn, type QuoteSummary } from "./result-types";

export type { PricingInput } from "./pricing-input";

const ZERO_MONEY = "0.00";

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

/**
 * The premium from the lanes' amounts: their sum, the rate steps, the minimum premium, the add-ons
 * priced before rounding, the premium's rounding steps, then the add-ons priced after them. The
 * rounding steps are the only places money is rounded.
 */
function totalUp(book: CompiledRateBook, programme: CompiledProgramme, input: PricingInput, work: ComponentWork, addOns: readonly PricedAddOn[]): Totals {
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const recording = input.recordWorksheet;
  const totals: RecordedTotal[] | undefined = recording ? [] : undefined;
  const [first, second] = work.lanes;
  const sum = second.amount.isZero() ? first.amount : first.amount.isZero() ? second.amount : first.amount.plus(second.amount);
  if (totals) {
    const matched = first.component === "single" ? "single" : SUM_MATCHED[input.request.coverage];
    totals.push(totalLine("sum", STEP_LABELS.sum, matched, "sum", sum, sum));
  }
  let running = sum;
  const steps = book.roundingSteps;
  let s = 0;
  for (; s < steps.length && steps[s]!.target === "ratePercent"; s += 1) {
    const step = steps[s]!;
    const ratePercent = roundHalfUp(running.div(sumInsured).times(HUNDRED), step.decimals);
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
  // An add-on's line (its price) and the total's line adding it; after rounding, both are money (kopecks).
  const addLine = (a: PricedAddOn) => {
    if (!totals) return;
    const after = a.addOn.apply === "afterRounding";
    const amount = after ? toMoneyString(a.amount) : a.amount;
    totals.push({ component: "addOn", factor: `add-on-${a.addOn.id}`, label: a.addOn.name, matched: a.matched, operation: "base", value: a.valueText, total: amount, rate: undefined, lookup: a.lookup });
    totals.push(totalLine(`add-on-${a.addOn.id}`, a.addOn.name, after ? "added after rounding" : "added before rounding", "add", amount, after ? toMoneyString(running) : running));
  };
  for (const a of addOns) {
    if (a.addOn.apply !== "beforeRounding") continue;
    running = running.plus(a.amount);
    before = before.plus(a.amount);
    addLine(a);
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
    addLine(a);
  }
  if (running !== rounded) premiumText = toMoneyString(running);
  return { premium: running, premiumText, coverPart, addOnParts, totals };
}

/** The cover's part split between damage and theft in proportion to their amounts (theft takes the remainder); null without a split. */
function splitComponents(work: ComponentWork, coverPart: Decimal): Record<TComponentName, string> | null {
  const [first, second] = work.lanes;
  if (first.component === "single") return null;
  // A priced lane is positive (priceComponents declines otherwise); an unpriced one is zero.
  if (second.amount.isZero()) return { damage: toMoneyString(coverPart), theft: ZERO_MONEY };
  if (first.amount.isZero()) return { damage: ZERO_MONEY, theft: toMoneyString(coverPart) };
  const damagePart = roundHalfUp(coverPart.times(first.amount).div(first.amount.plus(second.amount)), 2);
  return { damage: toMoneyString(damagePart), theft: toMoneyString(coverPart.minus(damagePart)) };
}

/**
 * One insurer's quote for the request (premium, components, add-ons, instalments; the worksheet's
 * lines recorded but not written: see writeWorksheet), or its reasons for declining. Pure.
 */
export function priceWithRateBook(book: CompiledRateBook, input: PricingInput): PricingOutcome {
  const { request } = input;
  const programme = chooseProgramme(book, request);
  if ("code" in programme) {
    enterProgramme(input, undefined);
    return declined(book, [...checkEligibility(book, request, input.policy, input.scope, input.driverScopes), programme]);
  }
  enterProgramme(input, programme);
  const reasons = checkEligibility(book, request, input.policy, input.scope, input.driverScopes);
  reasons.push(...checkOptions(book, programme, input));
  if (reasons.length > 0) return declined(book, reasons);
  const outcome = priceComponents(book, programme, input);
  if (!outcome.ok) return declined(book, outcome.reasons);
  const { work } = outcome;
  let addOns: PricedAddOn[] = NO_ADD_ONS;
  if (request.addOns.length > 0) {
    const priced = priceAddOns(book, input);
    if (priced.length > 0 && "code" in priced[0]!) return declined(book, priced as DeclineReason[]);
    addOns = priced as PricedAddOn[];
  }
  const { premium, premiumText, coverPart, addOnParts, totals } = totalUp(book, programme, input, work, addOns);
  const installmentSchedule = scheduleTexts(premium, premiumText, request.installments);
  const quoteAddOns: QuoteAddOn[] | undefined =
    addOns.length === 0
      ? undefined
      : addOns.map((a, i) => ({ id: a.addOn.id, name: a.addOn.name, amount: toMoneyString(addOnParts[i]!), apply: a.addOn.apply, sumInsured: a.choice.sumInsured, trailer: a.choice.trailer }));
  const quote: QuoteSummary = {
    rank: 0,
    insurerId: book.insurerId,
    insurerName: book.insurerName.ru,
    insurerNameEn: book.insurerName.en,
    premium: premiumText,
    components: splitComponents(work, coverPart),
    installments: request.installments,
    installmentAmount: installmentSchedule[0]!,
    installmentSchedule,
    rateBook: { id: book.id, effectiveFrom: book.effectiveFrom },
    programme: programme.quoteProgramme,
    addOns: quoteAddOns,
    coverPremium: quoteAddOns === undefined ? undefined : toMoneyString(coverPart),
    policyTermMonths: request.policyTermMonths === 12 ? undefined : request.policyTermMonths,
    provenance: book.quoteProvenance,
  };
  const [first, second] = work.lanes;
  const record: PricingRecord | undefined =
    first.lines && second.lines && totals ? { lines: [first.lines, second.lines], totals, decisiveDriver: work.decisive, slots: input.bookSlots } : undefined;
  return { kind: "quote", priced: { quote, book, record } };
}

const NO_ADD_ONS: PricedAddOn[] = [];
