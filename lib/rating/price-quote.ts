import type { CompiledRateBook } from "./compile-rate-book";
import { Decimal, HUNDRED, HUNDREDTH } from "./decimal";
import { checkEligibility } from "./eligibility";
import { roundHalfUp, splitIntoInstallments, toMoneyString } from "./money";
import { laneOf, priceComponents, type ComponentWork } from "./price-components";
import { COVERED, type PricingInput } from "./pricing-input";
import type { PricingRecord, RecordedTotals } from "./pricing-record";
import type { TComponentName } from "./rate-book-schema";
import type { DeclineReason, Declined, QuoteSummary } from "./result-types";

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

/** The premium from the components' amounts: their sum, then the rate book's named rounding steps, the only places money is rounded. */
function totalUp(book: CompiledRateBook, input: PricingInput, work: ComponentWork) {
  const covered = COVERED[input.request.coverage];
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const [damage, theft] = work.lanes;
  const single = covered.length === 1 ? laneOf(work, covered[0]!) : undefined;
  const sum = single ? single.amount : damage.amount.plus(theft.amount);
  let premium = sum;
  let ratePercent: Decimal | undefined;
  let rated: Decimal | undefined;
  const rounding = book.source.rounding;
  if (rounding.ratePercentDecimals !== undefined) {
    ratePercent = roundHalfUp(premium.div(sumInsured).times(HUNDRED), rounding.ratePercentDecimals);
    premium = rated = sumInsured.times(ratePercent).times(HUNDREDTH);
  }
  const minimum = premium.lt(book.minimumPremium);
  if (minimum) premium = book.minimumPremium;
  premium = roundHalfUp(premium, rounding.premiumDecimals);
  const premiumText = toMoneyString(premium);

  // Split the rounded premium between the components in proportion to their amounts; theft takes the remainder.
  let components: Record<TComponentName, string>;
  if (single) components = single === damage ? { damage: premiumText, theft: ZERO_MONEY } : { damage: ZERO_MONEY, theft: premiumText };
  else {
    const damagePart = roundHalfUp(premium.times(damage.amount).div(sum), 2);
    components = { damage: toMoneyString(damagePart), theft: toMoneyString(premium.minus(damagePart)) };
  }
  const totals: RecordedTotals = { sum, ratePercent, rated, minimum, premiumText };
  return { premium, premiumText, components, totals };
}

/**
 * One insurer's quote for the request (premium, components, instalments; the worksheet's lines
 * recorded but not written: see writeWorksheet), or its reasons for declining. Pure.
 */
export function priceWithRateBook(book: CompiledRateBook, input: PricingInput): PricingOutcome {
  const { request } = input;
  const reasons = checkEligibility(book, request, input.policy, input.scope, input.driverScopes);
  if (reasons.length > 0) return declined(book, reasons);
  const outcome = priceComponents(book, input);
  if (!outcome.ok) return declined(book, outcome.reasons);
  const { work } = outcome;
  const { premium, premiumText, components, totals } = totalUp(book, input, work);
  const installmentSchedule = scheduleTexts(premium, premiumText, request.installments);
  const quote: QuoteSummary = {
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
  };
  const [damage, theft] = work.lanes;
  const record = damage.lines && theft.lines ? { lines: [damage.lines, theft.lines] as const, totals, decisiveDriver: work.decisive } : undefined;
  return { kind: "quote", priced: { quote, book, record } };
}
