import type { CompiledRateBook } from "./compile-rate-book";
import { Decimal, HUNDRED, HUNDREDTH } from "./decimal";
import { checkEligibility } from "./eligibility";
import { roundHalfUp, splitIntoInstallments, toMoneyString } from "./money";
import { laneOf, priceComponents, type ComponentWork } from "./price-components";
import { COVERED, type PricingInput } from "./pricing-input";
import type { TComponentName } from "./rate-book-schema";
import type { DeclineReason, InsurerOutcome, Quote, WorksheetStep } from "./result-types";
import { NO_LOOKUP, worksheetStep } from "./worksheet-step";

export type { PricingInput } from "./pricing-input";

const ZERO_MONEY = "0.00";
const SUM_MATCHED = { full: "damage + theft", damage: "damage", theft: "theft" } as const;

const LABELS = {
  sum: { ru: "Итого до округления", en: "Total before rounding" },
  rateRounding: { ru: "Округление тарифа", en: "Rate rounding" },
  minimum: { ru: "Минимальная премия", en: "Minimum premium" },
  rounding: { ru: "Округление премии", en: "Premium rounding" },
} as const;

function declined(book: CompiledRateBook, reasons: DeclineReason[]): InsurerOutcome {
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
  const coverage = input.request.coverage;
  const covered = COVERED[coverage];
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const steps: WorksheetStep[] = [];
  const [damage, theft] = work.lanes;
  const single = covered.length === 1 ? laneOf(work, covered[0]!) : undefined;
  const sum = single ? single.amount : damage.amount.plus(theft.amount);
  const sumText = single ? single.text : sum.toString();
  let premium = sum;
  steps.push(worksheetStep("total", "sum", LABELS.sum, NO_LOOKUP, SUM_MATCHED[coverage], "sum", sumText, sumText));
  const rounding = book.source.rounding;
  if (rounding.ratePercentDecimals !== undefined) {
    const ratePercent = roundHalfUp(premium.div(sumInsured).times(HUNDRED), rounding.ratePercentDecimals);
    premium = sumInsured.times(ratePercent).times(HUNDREDTH);
    const matched = `rate in percent to ${rounding.ratePercentDecimals} decimals, half-up`;
    steps.push(worksheetStep("total", "rate-rounding", LABELS.rateRounding, NO_LOOKUP, matched, "round", ratePercent.toString(), premium.toString(), undefined, ratePercent.times(HUNDREDTH).toString()));
  }
  if (premium.lt(book.minimumPremium)) {
    premium = book.minimumPremium;
    const minimum = book.minimumPremium.toString();
    steps.push(worksheetStep("total", "minimum-premium", LABELS.minimum, NO_LOOKUP, `minimum ${minimum}`, "minimum", minimum, premium.toString()));
  }
  premium = roundHalfUp(premium, rounding.premiumDecimals);
  const premiumText = toMoneyString(premium);
  const roundingMatched = rounding.premiumDecimals === 2 ? "half-up to kopecks" : "half-up to whole rubles";
  steps.push(worksheetStep("total", "rounding", LABELS.rounding, NO_LOOKUP, roundingMatched, "round", String(rounding.premiumDecimals), premiumText));

  // Split the rounded premium between the components in proportion to their amounts; theft takes the remainder.
  let components: Record<TComponentName, string>;
  if (single) components = single === damage ? { damage: premiumText, theft: ZERO_MONEY } : { damage: ZERO_MONEY, theft: premiumText };
  else {
    const damagePart = roundHalfUp(premium.times(damage.amount).div(sum), 2);
    components = { damage: toMoneyString(damagePart), theft: toMoneyString(premium.minus(damagePart)) };
  }
  return { premium, premiumText, components, steps };
}

/** One insurer's quote for the request with its worksheet, or its reasons for declining. Pure. */
export function priceWithRateBook(book: CompiledRateBook, input: PricingInput): InsurerOutcome {
  const { request } = input;
  const reasons = checkEligibility(book, request, input.policy, input.scope, input.driverScopes);
  if (reasons.length > 0) return declined(book, reasons);
  const outcome = priceComponents(book, input);
  if (!outcome.ok) return declined(book, outcome.reasons);
  const { work } = outcome;
  const { premium, premiumText, components, steps } = totalUp(book, input, work);
  const installmentSchedule = scheduleTexts(premium, premiumText, request.installments);
  const quote: Quote = {
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
    conditions: {
      coverage: request.coverage,
      sumInsured: input.sumInsuredText,
      sumInsuredType: request.sumInsuredType,
      franchise: request.franchise,
      franchiseAmount: input.franchiseAmountText,
      repair: request.repair,
      wearDeduction: request.wearDeduction,
      installments: request.installments,
      drivers: { unlimited: request.unlimitedDrivers, count: request.drivers.length, decisiveDriver: work.decisive < 0 ? null : work.decisive },
      notes: book.source.notes,
    },
    steps: work.lanes[0].steps.concat(work.lanes[1].steps, steps),
  };
  return { kind: "quote", quote };
}
