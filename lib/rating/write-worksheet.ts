import { HUNDREDTH } from "./decimal";
import { STEP_LABELS } from "./messages";
import type { PricedQuote } from "./price-quote";
import { sharedLookup, type PricingInput } from "./pricing-input";
import { LookupFrom, type RecordedLine } from "./pricing-record";
import type { Quote, WorksheetStep } from "./result-types";
import { NO_LOOKUP, worksheetStep } from "./worksheet-step";

const SUM_MATCHED = { full: "damage + theft", damage: "damage", theft: "theft" } as const;

function lookupOf(line: RecordedLine, input: PricingInput): WorksheetStep["lookup"] {
  if (line.lookupFrom === LookupFrom.Table) {
    const scope = line.scopeIndex === 0 ? input.scope : input.driverScopes[line.scopeIndex - 1]!;
    return sharedLookup(input, line.table!, line.scopeIndex, scope);
  }
  if (line.lookupFrom === LookupFrom.Model) return { "vehicle.modelId": input.policy["vehicle.modelId"] as string };
  return line.lookup ?? NO_LOOKUP;
}

/** The worksheet lines of a priced quote, written from what its pricing recorded (nothing is priced again). */
export function writeWorksheet(priced: PricedQuote, input: PricingInput): WorksheetStep[] {
  const { book, record } = priced;
  if (!record) throw new Error("the quote was priced without recording its worksheet");
  const steps: WorksheetStep[] = [];
  for (const lines of record.lines) {
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i]!;
      steps.push(worksheetStep(line.component, line.factor, line.label, lookupOf(line, input), line.matched, line.operation, line.value, line.amount.toString(), line.driver));
    }
  }
  const { totals } = record;
  const sumText = totals.sum.toString();
  steps.push(worksheetStep("total", "sum", STEP_LABELS.sum, NO_LOOKUP, SUM_MATCHED[input.request.coverage], "sum", sumText, sumText));
  const rounding = book.source.rounding;
  if (totals.ratePercent !== undefined && totals.rated !== undefined) {
    const matched = `rate in percent to ${rounding.ratePercentDecimals} decimals, half-up`;
    steps.push(worksheetStep("total", "rate-rounding", STEP_LABELS.rateRounding, NO_LOOKUP, matched, "round", totals.ratePercent.toString(), totals.rated.toString(), undefined, totals.ratePercent.times(HUNDREDTH).toString()));
  }
  if (totals.minimum) {
    const minimum = book.minimumPremium.toString();
    steps.push(worksheetStep("total", "minimum-premium", STEP_LABELS.minimum, NO_LOOKUP, `minimum ${minimum}`, "minimum", minimum, minimum));
  }
  const roundingMatched = rounding.premiumDecimals === 2 ? "half-up to kopecks" : "half-up to whole rubles";
  steps.push(worksheetStep("total", "rounding", STEP_LABELS.rounding, NO_LOOKUP, roundingMatched, "round", String(rounding.premiumDecimals), totals.premiumText));
  return steps;
}

/** The full quote: the priced summary with the policy's conditions and the worksheet written from the record. */
export function fullQuote(priced: PricedQuote, input: PricingInput): Quote {
  const { quote, book } = priced;
  const { request } = input;
  const decisiveDriver = priced.record?.decisiveDriver ?? -1;
  return {
    rank: quote.rank,
    insurerId: quote.insurerId,
    insurerName: quote.insurerName,
    insurerNameEn: quote.insurerNameEn,
    premium: quote.premium,
    components: quote.components,
    installments: quote.installments,
    installmentAmount: quote.installmentAmount,
    installmentSchedule: quote.installmentSchedule,
    rateBook: quote.rateBook,
    conditions: {
      coverage: request.coverage,
      sumInsured: input.sumInsuredText,
      sumInsuredType: request.sumInsuredType,
      franchise: request.franchise,
      franchiseAmount: input.franchiseAmountText,
      repair: request.repair,
      wearDeduction: request.wearDeduction,
      installments: request.installments,
      drivers: { unlimited: request.unlimitedDrivers, count: request.drivers.length, decisiveDriver: decisiveDriver < 0 ? null : decisiveDriver },
      notes: book.source.notes,
    },
    steps: writeWorksheet(priced, input),
  };
}
