/**
 * An independent re-computation of a quote from its worksheet: the customer-facing explanation
 * must be enough to arrive at the premium. Uses its own high-precision Decimal so it cannot share
 * a precision or rounding setting with the engine.
 */
import DecimalJs from "decimal.js";
import type { CompiledRateBook, Quote, WorksheetStep } from "@/lib/rating";

const D = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
type D = InstanceType<typeof D>;

/** Returns a list of disagreements between the worksheet and its own arithmetic (empty when it adds up). */
export function checkWorksheet(quote: Quote, book: CompiledRateBook): string[] {
  const problems: string[] = [];
  const sumInsured = new D(quote.conditions.sumInsured);
  const same = (what: string, actual: string | undefined, expected: D) => {
    if (actual === undefined || !new D(actual).eq(expected)) problems.push(`${what}: worksheet says ${actual}, recomputed ${expected.toFixed()}`);
  };

  if (book.id !== quote.rateBook.id) problems.push(`priced with ${quote.rateBook.id}, expected edition ${book.id}`);

  // Steps come grouped: damage, then theft, then the totals.
  const order = quote.steps.map((s) => s.component);
  const groups = order.filter((c, i) => i === 0 || order[i - 1] !== c);
  const expectedGroups = { full: ["damage", "theft", "total"], damage: ["damage", "total"], theft: ["theft", "total"] }[quote.conditions.coverage];
  if (JSON.stringify(groups) !== JSON.stringify(expectedGroups)) problems.push(`step groups ${groups.join(",")} for coverage ${quote.conditions.coverage}`);

  const rates: D[] = [];
  for (const component of ["damage", "theft"] as const) {
    const steps = quote.steps.filter((s) => s.component === component);
    if (steps.length === 0) continue;
    let rate: D | undefined;
    steps.forEach((step: WorksheetStep, i) => {
      const value = new D(step.value);
      if (i === 0) {
        if (step.operation !== "base") problems.push(`${component}: first step is ${step.operation}, not base`);
        rate = value;
      } else if (step.operation === "multiply") rate = rate!.times(value);
      else if (step.operation === "add") rate = rate!.plus(value);
      else problems.push(`${component}: unexpected operation ${step.operation} in ${step.factor}`);
      same(`${component} ${step.factor} total`, step.total, rate!.times(sumInsured));
      if (step.rate !== undefined) same(`${component} ${step.factor} rate`, step.rate, rate!);
    });
    rates.push(rate!);
  }

  const totals = quote.steps.filter((s) => s.component === "total");
  const take = (factor: string) => {
    const step = totals[0];
    if (step?.factor !== factor) return undefined;
    totals.shift();
    return step;
  };

  let rate = rates.reduce((a, b) => a.plus(b), new D(0));
  const sum = take("sum");
  if (!sum) problems.push("no sum step");
  else {
    same("sum total", sum.total, rate.times(sumInsured));
    if (sum.rate !== undefined) same("sum rate", sum.rate, rate);
  }

  const steps = book.source.rounding.steps;
  const decimals = steps.find((s) => s.id === "rate-rounding")?.decimals;
  const rateRounding = take("rate-rounding");
  if ((decimals === undefined) !== (rateRounding === undefined)) problems.push(`rate rounding step ${rateRounding ? "present" : "missing"} (book: ${decimals})`);
  if (decimals !== undefined && rateRounding) {
    rate = rate.times(100).toDecimalPlaces(decimals, D.ROUND_HALF_UP).div(100);
    same("rounded rate", rateRounding.rate, rate);
    same("total after rate rounding", rateRounding.total, rate.times(sumInsured));
  }

  let premium: D = rate.times(sumInsured);
  const minimum = new D(book.source.minimumPremium);
  const minimumStep = take("minimum-premium");
  if (premium.lt(minimum)) {
    if (!minimumStep) problems.push(`premium ${premium.toFixed()} below the minimum ${minimum.toFixed()} without a minimum step`);
    else same("minimum premium", minimumStep.total, minimum);
    premium = minimum;
  } else if (minimumStep) problems.push(`minimum step although ${premium.toFixed()} ≥ ${minimum.toFixed()}`);

  const rounding = take("rounding");
  const places = steps.find((s) => s.id === "rounding")!.decimals;
  premium = premium.toDecimalPlaces(places, D.ROUND_HALF_UP);
  if (!rounding) problems.push("no rounding step");
  else {
    if (rounding.value !== String(places)) problems.push(`rounding step value ${rounding.value}, book rounds to ${places} decimals`);
    same("rounded premium", rounding.total, premium);
  }
  if (totals.length > 0) problems.push(`unexpected total steps: ${totals.map((s) => s.factor).join(", ")}`);
  if (quote.premium !== premium.toFixed(2)) problems.push(`premium ${quote.premium}, recomputed ${premium.toFixed(2)}`);
  return problems;
}

export function sumMoney(values: readonly string[]): string {
  return values.reduce((a, b) => a.plus(b), new D(0)).toFixed(2);
}
