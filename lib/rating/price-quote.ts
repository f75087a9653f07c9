import type { CompiledRateBook, CompiledTable } from "./compile-rate-book";
import { Decimal, HUNDRED, ONE, ZERO } from "./decimal";
import type { TPolicyVariables } from "./derive-variables";
import { checkEligibility } from "./eligibility";
import { describeLookup, lookupTable, type TScope } from "./lookup-table";
import { roundHalfUp, splitIntoInstallments, toMoneyString } from "./money";
import type { TComponentName } from "./rate-book-schema";
import type { TQuoteRequest } from "./request-schema";
import { DeclineCode, type DeclineReason, type InsurerOutcome, type WorksheetStep } from "./result-types";

const COVERED: Record<TQuoteRequest["coverage"], readonly TComponentName[]> = {
  full: ["damage", "theft"],
  damage: ["damage"],
  theft: ["theft"],
};

const LABELS = {
  discounts: { ru: "Скидки", en: "Discounts" },
  sum: { ru: "Сумма тарифов", en: "Combined rate" },
  rateRounding: { ru: "Округление тарифа", en: "Rate rounding" },
  minimum: { ru: "Минимальная премия", en: "Minimum premium" },
  rounding: { ru: "Округление премии", en: "Premium rounding" },
} as const;

export interface PricingInput {
  request: TQuoteRequest;
  policy: TPolicyVariables;
  /** One scope per named driver: the policy variables plus that driver's. */
  driverScopes: readonly TScope[];
}

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

function gap(table: CompiledTable): DeclineReason {
  return {
    code: DeclineCode.TariffGap,
    message: {
      ru: `Тариф не содержит значения для этих условий (${table.label.ru})`,
      en: `The tariff has no value for these conditions (${table.label.en})`,
    },
  };
}

/** The worst named driver: the one whose driver-table coefficients multiply to the most (first on a tie). */
function decisiveDriver(book: CompiledRateBook, covered: readonly TComponentName[], input: PricingInput) {
  const tables = book.factors.filter((t) => t.perDriver && t.appliesTo.some((c) => covered.includes(c)));
  let best: { index: number; product: Decimal; values: Map<string, { value: Decimal; matched: string }> } | null = null;
  for (let i = 0; i < input.driverScopes.length; i += 1) {
    const scope = input.driverScopes[i]!;
    const values = new Map<string, { value: Decimal; matched: string }>();
    let product = ONE;
    for (const table of tables) {
      const found = lookupTable(table, scope);
      if (found.kind === "gap") return { gap: table, best: null };
      if (found.kind === "skip") continue;
      values.set(table.id, found);
      product = product.times(found.value);
    }
    if (best === null || product.gt(best.product)) best = { index: i, product, values };
  }
  return { gap: undefined, best };
}

/** Prices one request with one insurer's rate book: a quote with its worksheet, or a decline with reasons. */
export function priceWithRateBook(book: CompiledRateBook, input: PricingInput): InsurerOutcome {
  const { request, policy } = input;
  const reasons = checkEligibility(book, request, policy);
  if (reasons.length > 0) return declined(book, reasons);

  const covered = COVERED[request.coverage];
  const sumInsured = policy["vehicle.price"] as Decimal;
  const rate: Record<TComponentName, Decimal> = { damage: ZERO, theft: ZERO };
  const steps: Record<TComponentName, WorksheetStep[]> = { damage: [], theft: [] };
  const push = (component: TComponentName, step: Omit<WorksheetStep, "component" | "rate" | "total">) => {
    steps[component].push({ component, ...step, rate: rate[component].toString(), total: rate[component].times(sumInsured).toString() });
  };

  const modelId = policy["vehicle.modelId"] as string;
  for (const component of covered) {
    const base = book.base[component];
    const own = base.byModel.get(modelId);
    if (own !== undefined) {
      rate[component] = own;
      push(component, { factor: "base", label: base.label, lookup: { "vehicle.modelId": modelId }, matched: `vehicle.modelId = ${modelId}`, operation: "base", value: own.toString() });
      continue;
    }
    const found = lookupTable(base.fallback, policy);
    if (found.kind !== "value") {
      return declined(book, [{ code: DeclineCode.NoRateForVehicle, message: { ru: "Нет тарифа для этой модели", en: "No tariff for this model" } }]);
    }
    rate[component] = found.value;
    push(component, { factor: "base", label: base.label, lookup: describeLookup(base.fallback.keys, policy), matched: found.matched, operation: "base", value: found.value.toString() });
  }

  let decisive: number | null = null;
  let driverValues = new Map<string, { value: Decimal; matched: string }>();
  if (!request.unlimitedDrivers) {
    const result = decisiveDriver(book, covered, input);
    if (result.gap) return declined(book, [gap(result.gap)]);
    if (result.best) {
      decisive = result.best.index;
      driverValues = result.best.values;
    }
  }

  for (const table of book.factors) {
    const components = table.appliesTo.filter((c) => covered.includes(c));
    if (components.length === 0) continue;
    let found: { value: Decimal; matched: string } | undefined;
    let scope: TScope = policy;
    if (table.perDriver) {
      if (decisive === null) continue;
      found = driverValues.get(table.id);
      scope = input.driverScopes[decisive]!;
    } else {
      const result = lookupTable(table, policy);
      if (result.kind === "gap") return declined(book, [gap(table)]);
      if (result.kind === "value") found = result;
    }
    if (found === undefined) continue;
    const lookup = describeLookup(table.keys, scope);
    for (const component of components) {
      rate[component] = table.operation === "multiply" ? rate[component].times(found.value) : rate[component].plus(found.value);
      push(component, {
        factor: table.id,
        label: table.label,
        lookup,
        matched: found.matched,
        operation: table.operation,
        value: found.value.toString(),
        ...(table.perDriver && decisive !== null ? { driver: decisive } : {}),
      });
    }
  }

  const discounts = book.discounts.filter((d) => d.tests.every(([name, test]) => {
    const v = policy[name as keyof TPolicyVariables];
    return v !== undefined && test(v);
  }));
  if (discounts.length > 0) {
    const asked = discounts.reduce((sum, d) => sum.plus(d.percent), ZERO);
    const granted = Decimal.min(asked, book.maxDiscountPercent);
    const factor = ONE.minus(granted.div(HUNDRED));
    const names = discounts.map((d) => `${d.id} ${d.percent.toString()} %`).join(" + ");
    const matched = granted.lt(asked) ? `${names}, capped at ${granted.toString()} %` : names;
    const lookup = Object.fromEntries(discounts.map((d) => [d.id, d.percent.toString()]));
    for (const component of covered) {
      rate[component] = rate[component].times(factor);
      push(component, { factor: "discounts", label: LABELS.discounts, lookup, matched, operation: "multiply", value: factor.toString() });
    }
  }

  for (const component of covered) {
    if (!rate[component].gt(ZERO)) {
      return declined(book, [{ code: DeclineCode.TariffGap, message: { ru: "Тариф дал неположительную ставку", en: "The tariff produced a non-positive rate" } }]);
    }
  }

  // The combined rate, then the premium: the only place money is rounded.
  const totalSteps: WorksheetStep[] = [];
  let combined = covered.reduce((sum, c) => sum.plus(rate[c]), ZERO);
  const totalStep = (step: Omit<WorksheetStep, "component">) => totalSteps.push({ component: "total", ...step });
  totalStep({ factor: "sum", label: LABELS.sum, lookup: {}, matched: covered.join(" + "), operation: "sum", value: combined.toString(), rate: combined.toString(), total: combined.times(sumInsured).toString() });
  const rounding = book.source.rounding;
  if (rounding.ratePercentDecimals !== undefined) {
    combined = roundHalfUp(combined.times(HUNDRED), rounding.ratePercentDecimals).div(HUNDRED);
    totalStep({ factor: "rate-rounding", label: LABELS.rateRounding, lookup: {}, matched: `percent to ${rounding.ratePercentDecimals} decimals, half-up`, operation: "round", value: String(rounding.ratePercentDecimals), rate: combined.toString(), total: combined.times(sumInsured).toString() });
  }
  let premium = combined.times(sumInsured);
  if (premium.lt(book.minimumPremium)) {
    premium = book.minimumPremium;
    totalStep({ factor: "minimum-premium", label: LABELS.minimum, lookup: {}, matched: `minimum ${book.minimumPremium.toString()}`, operation: "minimum", value: book.minimumPremium.toString(), total: premium.toString() });
  }
  premium = roundHalfUp(premium, rounding.premiumDecimals);
  totalStep({ factor: "rounding", label: LABELS.rounding, lookup: {}, matched: rounding.premiumDecimals === 2 ? "half-up to kopecks" : "half-up to whole rubles", operation: "round", value: String(rounding.premiumDecimals), total: toMoneyString(premium) });

  // Split the rounded premium between the components in proportion to their rates; theft takes the remainder.
  const components: Record<TComponentName, Decimal> = { damage: ZERO, theft: ZERO };
  if (covered.length === 1) components[covered[0]!] = premium;
  else {
    const combinedRaw = rate.damage.plus(rate.theft);
    components.damage = roundHalfUp(premium.times(rate.damage).div(combinedRaw), 2);
    components.theft = premium.minus(components.damage);
  }
  const schedule = splitIntoInstallments(premium, request.installments);

  return {
    kind: "quote",
    quote: {
      insurerId: book.insurerId,
      insurerName: book.insurerName.ru,
      insurerNameEn: book.insurerName.en,
      premium: toMoneyString(premium),
      components: { damage: toMoneyString(components.damage), theft: toMoneyString(components.theft) },
      installments: request.installments,
      installmentAmount: toMoneyString(schedule[0]!),
      installmentSchedule: schedule.map(toMoneyString),
      rateBook: { id: book.id, effectiveFrom: book.effectiveFrom },
      conditions: {
        coverage: request.coverage,
        sumInsured: toMoneyString(sumInsured),
        sumInsuredType: request.sumInsuredType,
        franchise: request.franchise,
        repair: request.repair,
        wearDeduction: request.wearDeduction,
        installments: request.installments,
        drivers: { unlimited: request.unlimitedDrivers, count: request.drivers.length, decisiveDriver: decisive },
        notes: book.source.notes,
      },
      steps: [...steps.damage, ...steps.theft, ...totalSteps],
    },
  };
}
