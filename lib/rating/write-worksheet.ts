import type { Decimal } from "./decimal";
import type { PricedQuote } from "./price-quote";
import { sharedLookup, type PricingInput } from "./pricing-input";
import { LookupFrom, type PricingRecord, type RecordedLine } from "./pricing-record";
import type { Quote, WorksheetStep } from "./result-types";
import { NO_LOOKUP, worksheetStep } from "./worksheet-step";

function lookupOf(line: RecordedLine, record: PricingRecord, input: PricingInput): WorksheetStep["lookup"] {
  if (line.lookupFrom === LookupFrom.Table) {
    const scope = line.scopeIndex === 0 ? input.scope : input.driverScopes[line.scopeIndex - 1]!;
    return sharedLookup(input, record.slots, line.table!, line.scopeIndex, scope);
  }
  if (line.lookupFrom === LookupFrom.Model) return { "vehicle.modelId": input.policy["vehicle.modelId"] as string };
  return line.lookup ?? NO_LOOKUP;
}

const text = (value: string | Decimal) => (typeof value === "string" ? value : value.toString());

/** The worksheet lines of a priced quote, written from what its pricing recorded (nothing is priced again). */
export function writeWorksheet(priced: PricedQuote, input: PricingInput): WorksheetStep[] {
  const { record } = priced;
  if (!record) throw new Error("the quote was priced without recording its worksheet");
  const steps: WorksheetStep[] = [];
  for (const lines of record.lines) {
    // A neutral step (× 1, + 0) keeps the running amount it was given: its text is the previous line's.
    let amount: Decimal | undefined;
    let amountText = "";
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i]!;
      if (line.amount !== amount) {
        amount = line.amount;
        amountText = amount.toString();
      }
      steps.push(worksheetStep(line.component, line.factor, line.label, lookupOf(line, record, input), line.matched, line.operation, line.value, amountText, line.driver));
    }
  }
  for (const t of record.totals) {
    steps.push(worksheetStep(t.component, t.factor, t.label, t.lookup ?? NO_LOOKUP, t.matched, t.operation, text(t.value), text(t.total), undefined, t.rate === undefined ? undefined : t.rate.toString()));
  }
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
    programme: quote.programme,
    addOns: quote.addOns,
    coverPremium: quote.coverPremium,
    policyTermMonths: quote.policyTermMonths,
    provenance: quote.provenance,
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
