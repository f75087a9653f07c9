import type { CompiledRateBook, CompiledRow, CompiledTable } from "./compile-rate-book";
import { Decimal, HUNDRED, ONE, ZERO } from "./decimal";
import type { TPolicyVariables } from "./derive-variables";
import { checkEligibility } from "./eligibility";
import { describeLookup, GAP, lookupTable, SKIP, testsHold, type TScope } from "./lookup-table";
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
  sum: { ru: "Итого до округления", en: "Total before rounding" },
  rateRounding: { ru: "Округление тарифа", en: "Rate rounding" },
  minimum: { ru: "Минимальная премия", en: "Minimum premium" },
  rounding: { ru: "Округление премии", en: "Premium rounding" },
} as const;

export interface PricingInput {
  request: TQuoteRequest;
  policy: TPolicyVariables;
  /** One scope per named driver: the policy variables plus that driver's. */
  driverScopes: readonly TScope[];
  /**
   * Worksheet lookup objects already built for this request, per scope ("policy" or the driver
   * index) and table keys: every insurer's worksheet shares them, frozen.
   */
  lookups: Map<string, Map<string, Readonly<Record<string, string | number | boolean>>>>;
}

function sharedLookup(input: PricingInput, table: CompiledTable, scopeId: string, scope: TScope) {
  let byKeys = input.lookups.get(scopeId);
  if (byKeys === undefined) {
    byKeys = new Map();
    input.lookups.set(scopeId, byKeys);
  }
  let found = byKeys.get(table.keysId);
  if (found === undefined) {
    found = Object.freeze(describeLookup(table.keys, scope));
    byKeys.set(table.keysId, found);
  }
  return found;
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

function gapReason(table: CompiledTable): DeclineReason {
  return {
    code: DeclineCode.TariffGap,
    message: {
      ru: `Тариф не содержит значения для этих условий (${table.label.ru})`,
      en: `The tariff has no value for these conditions (${table.label.en})`,
    },
  };
}

type DriverPick = { gap: CompiledTable } | { index: number; rows: Map<string, CompiledRow> } | null;

/** The worst named driver: the one whose driver-table coefficients multiply to the most (first on a tie). */
function decisiveDriver(book: CompiledRateBook, coverage: TQuoteRequest["coverage"], scopes: readonly TScope[]): DriverPick {
  let best: { index: number; product: Decimal; rows: Map<string, CompiledRow> } | null = null;
  for (let i = 0; i < scopes.length; i += 1) {
    const rows = new Map<string, CompiledRow>();
    let product = ONE;
    for (const table of book.factors) {
      if (!table.perDriver || table.componentsFor[coverage].length === 0) continue;
      const found = lookupTable(table, scopes[i]!);
      if (found === GAP) return { gap: table };
      if (found === SKIP) continue;
      rows.set(table.id, found);
      // With one driver there is nothing to compare, so the product is not needed.
      if (scopes.length > 1 && !found.neutralMultiply) product = product.times(found.value);
    }
    if (best === null || product.gt(best.product)) best = { index: i, product, rows };
  }
  return best;
}

export function priceWithRateBook(book: CompiledRateBook, input: PricingInput): InsurerOutcome {
  const { request, policy } = input;
  const reasons = checkEligibility(book, request, policy, input.driverScopes);
  if (reasons.length > 0) return declined(book, reasons);

  const coverage = request.coverage;
  const covered = COVERED[coverage];
  const sumInsured = policy["vehicle.price"] as Decimal;
  const amount: Record<TComponentName, Decimal> = { damage: ZERO, theft: ZERO };
  const steps: Record<TComponentName, WorksheetStep[]> = { damage: [], theft: [] };

  const modelId = policy["vehicle.modelId"] as string;
  for (const component of covered) {
    const base = book.base[component];
    let row = base.byModel.get(modelId);
    let lookup: Record<string, string | number | boolean> = { "vehicle.modelId": modelId };
    if (row === undefined) {
      const found = lookupTable(base.fallback, policy);
      if (found === GAP || found === SKIP) {
        return declined(book, [{ code: DeclineCode.NoRateForVehicle, message: { ru: "Нет тарифа для этой модели", en: "No tariff for this model" } }]);
      }
      row = found;
      lookup = sharedLookup(input, base.fallback, "policy", policy);
    }
    amount[component] = sumInsured.times(row.value);
    steps[component].push({ component, factor: "base", label: base.label, lookup, matched: row.description, operation: "base", value: row.valueText, total: amount[component].toString() });
  }

  let decisive: number | null = null;
  let driverRows: Map<string, CompiledRow> | undefined;
  if (!request.unlimitedDrivers) {
    const pick = decisiveDriver(book, coverage, input.driverScopes);
    if (pick && "gap" in pick) return declined(book, [gapReason(pick.gap)]);
    if (pick) {
      decisive = pick.index;
      driverRows = pick.rows;
    }
  }

  for (const table of book.factors) {
    const components = table.componentsFor[coverage];
    if (components.length === 0) continue;
    let row: CompiledRow | undefined;
    let scope: TScope = policy;
    let scopeId = "policy";
    if (table.perDriver) {
      if (decisive === null) continue;
      row = driverRows?.get(table.id);
      scope = input.driverScopes[decisive]!;
      scopeId = String(decisive);
    } else {
      const found = lookupTable(table, policy);
      if (found === GAP) return declined(book, [gapReason(table)]);
      if (found !== SKIP) row = found;
    }
    if (row === undefined) continue;
    const lookup = sharedLookup(input, table, scopeId, scope);
    const neutral = table.operation === "multiply" ? row.neutralMultiply : row.neutralAdd;
    for (const component of components) {
      const list = steps[component];
      let total: string;
      if (neutral) total = list[list.length - 1]!.total;
      else {
        amount[component] = table.operation === "multiply" ? amount[component].times(row.value) : amount[component].plus(sumInsured.times(row.value));
        total = amount[component].toString();
      }
      list.push({ component, factor: table.id, label: table.label, lookup, matched: row.description, operation: table.operation, value: row.valueText, total, driver: table.perDriver ? decisive! : undefined });
    }
  }

  const discounts = book.discounts.length === 0 ? [] : book.discounts.filter((d) => testsHold(d.tests, policy));
  if (discounts.length > 0) {
    const asked = discounts.reduce((sum, d) => sum.plus(d.percent), ZERO);
    const granted = Decimal.min(asked, book.maxDiscountPercent);
    const factor = ONE.minus(granted.div(HUNDRED));
    const names = discounts.map((d) => `${d.id} ${d.percent.toString()} %`).join(" + ");
    const matched = granted.lt(asked) ? `${names}, capped at ${granted.toString()} %` : names;
    const lookup = Object.fromEntries(discounts.map((d) => [d.id, d.percent.toString()]));
    for (const component of covered) {
      amount[component] = amount[component].times(factor);
      steps[component].push({ component, factor: "discounts", label: LABELS.discounts, lookup, matched, operation: "multiply", value: factor.toString(), total: amount[component].toString() });
    }
  }

  for (const component of covered) {
    if (!amount[component].gt(ZERO)) {
      return declined(book, [{ code: DeclineCode.TariffGap, message: { ru: "Тариф дал неположительную премию", en: "The tariff produced a non-positive premium" } }]);
    }
  }

  // The total, then the named rounding steps of the rate book: the only places money is rounded.
  const totalSteps: WorksheetStep[] = [];
  let premium = covered.length === 1 ? amount[covered[0]!] : amount.damage.plus(amount.theft);
  const premiumText = premium.toString();
  totalSteps.push({ component: "total", factor: "sum", label: LABELS.sum, lookup: {}, matched: covered.join(" + "), operation: "sum", value: premiumText, total: premiumText });
  const rounding = book.source.rounding;
  if (rounding.ratePercentDecimals !== undefined) {
    const ratePercent = roundHalfUp(premium.div(sumInsured).times(HUNDRED), rounding.ratePercentDecimals);
    premium = sumInsured.times(ratePercent).div(HUNDRED);
    totalSteps.push({ component: "total", factor: "rate-rounding", label: LABELS.rateRounding, lookup: {}, matched: `rate in percent to ${rounding.ratePercentDecimals} decimals, half-up`, operation: "round", value: ratePercent.toString(), rate: ratePercent.div(HUNDRED).toString(), total: premium.toString() });
  }
  if (premium.lt(book.minimumPremium)) {
    premium = book.minimumPremium;
    totalSteps.push({ component: "total", factor: "minimum-premium", label: LABELS.minimum, lookup: {}, matched: `minimum ${book.minimumPremium.toString()}`, operation: "minimum", value: book.minimumPremium.toString(), total: premium.toString() });
  }
  premium = roundHalfUp(premium, rounding.premiumDecimals);
  totalSteps.push({ component: "total", factor: "rounding", label: LABELS.rounding, lookup: {}, matched: rounding.premiumDecimals === 2 ? "half-up to kopecks" : "half-up to whole rubles", operation: "round", value: String(rounding.premiumDecimals), total: toMoneyString(premium) });

  // Split the rounded premium between the components in proportion to their amounts; theft takes the remainder.
  const parts: Record<TComponentName, Decimal> = { damage: ZERO, theft: ZERO };
  if (covered.length === 1) parts[covered[0]!] = premium;
  else {
    parts.damage = roundHalfUp(premium.times(amount.damage).div(amount.damage.plus(amount.theft)), 2);
    parts.theft = premium.minus(parts.damage);
  }
  const schedule = splitIntoInstallments(premium, request.installments);

  return {
    kind: "quote",
    quote: {
      insurerId: book.insurerId,
      insurerName: book.insurerName.ru,
      insurerNameEn: book.insurerName.en,
      premium: toMoneyString(premium),
      components: { damage: toMoneyString(parts.damage), theft: toMoneyString(parts.theft) },
      installments: request.installments,
      installmentAmount: toMoneyString(schedule[0]!),
      installmentSchedule: schedule.map(toMoneyString),
      rateBook: { id: book.id, effectiveFrom: book.effectiveFrom },
      conditions: {
        coverage,
        sumInsured: toMoneyString(sumInsured),
        sumInsuredType: request.sumInsuredType,
        franchise: request.franchise,
        franchiseAmount: toMoneyString(policy["franchise.amount"] as Decimal),
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
