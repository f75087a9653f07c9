import type { CompiledRateBook, CompiledRow, CompiledTable } from "./compile-rate-book";
import { Decimal, HUNDRED, HUNDREDTH, ONE, ZERO } from "./decimal";
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

const ZERO_MONEY = "0.00";
const SUM_MATCHED = { full: "damage + theft", damage: "damage", theft: "theft" } as const;

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
  /** The policy variables as a scope. */
  scope: TScope;
  /** One scope per named driver: the policy variables plus that driver's. */
  driverScopes: readonly TScope[];
  /** Texts every insurer's quote repeats: the sum insured and the franchise in rubles. */
  sumInsuredText: string;
  franchiseAmountText: string;
  /**
   * Worksheet lookup objects already built for this request, by scope (0 the policy, i + 1 driver i)
   * and the table's lookup slot: every insurer's worksheet shares them, frozen.
   */
  lookups: (Readonly<Record<string, string | number | boolean>> | undefined)[][];
}

function sharedLookup(input: PricingInput, table: CompiledTable, scopeIndex: number, scope: TScope) {
  const byTable = (input.lookups[scopeIndex] ??= []);
  let found = byTable[table.lookupSlot];
  if (found === undefined) {
    found = Object.freeze(describeLookup(table, scope));
    byTable[table.lookupSlot] = found;
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

type DriverPick = { gap: CompiledTable } | { index: number; rows: (CompiledRow | undefined)[] } | null;

/**
 * The worst named driver: the one whose driver-table coefficients multiply to the most (first on a tie),
 * with the row each driver table found for that driver (by position in `tables`; undefined: skipped).
 */
function decisiveDriver(tables: readonly CompiledTable[], scopes: readonly TScope[]): DriverPick {
  let best: { index: number; product: Decimal; rows: (CompiledRow | undefined)[] } | null = null;
  for (let i = 0; i < scopes.length; i += 1) {
    const rows = new Array<CompiledRow | undefined>(tables.length);
    let product = ONE;
    for (let t = 0; t < tables.length; t += 1) {
      const found = lookupTable(tables[t]!, scopes[i]!);
      if (found === GAP) return { gap: tables[t]! };
      if (found === SKIP) continue;
      rows[t] = found;
      // With one driver there is nothing to compare, so the product is not needed.
      if (scopes.length > 1 && !found.neutralMultiply) product = product.times(found.value);
    }
    if (best === null || product.gt(best.product)) best = { index: i, product, rows };
  }
  return best;
}

export function priceWithRateBook(book: CompiledRateBook, input: PricingInput): InsurerOutcome {
  const { request, policy } = input;
  const reasons = checkEligibility(book, request, policy, input.scope, input.driverScopes);
  if (reasons.length > 0) return declined(book, reasons);

  const coverage = request.coverage;
  const covered = COVERED[coverage];
  const plan = book.plans[coverage];
  const sumInsured = policy["vehicle.price"] as Decimal;
  // Each component's running amount, and its text as the worksheet shows it.
  const amount: Record<TComponentName, Decimal> = { damage: ZERO, theft: ZERO };
  const amountText: Record<TComponentName, string> = { damage: "0", theft: "0" };
  const steps: Record<TComponentName, WorksheetStep[]> = { damage: [], theft: [] };

  const modelId = policy["vehicle.modelId"] as string;
  for (const component of covered) {
    const base = book.base[component];
    let row = base.byModel.get(modelId);
    let lookup: Record<string, string | number | boolean> = { "vehicle.modelId": modelId };
    if (row === undefined) {
      const found = lookupTable(base.fallback, input.scope);
      if (found === GAP || found === SKIP) {
        return declined(book, [{ code: DeclineCode.NoRateForVehicle, message: { ru: "Нет тарифа для этой модели", en: "No tariff for this model" } }]);
      }
      row = found;
      lookup = sharedLookup(input, base.fallback, 0, input.scope);
    }
    amount[component] = sumInsured.times(row.value);
    amountText[component] = amount[component].toString();
    steps[component].push({ component, factor: "base", label: base.label, lookup, matched: row.description, operation: "base", value: row.valueText, total: amountText[component] });
  }

  let decisive = -1;
  let driverRows: (CompiledRow | undefined)[] = [];
  if (!request.unlimitedDrivers) {
    const pick = decisiveDriver(plan.driverTables, input.driverScopes);
    if (pick && "gap" in pick) return declined(book, [gapReason(pick.gap)]);
    if (pick) {
      decisive = pick.index;
      driverRows = pick.rows;
    }
  }

  for (const { table, components, driverIndex } of plan.factors) {
    let row: CompiledRow | undefined;
    let scope = input.scope;
    let scopeIndex = 0;
    if (driverIndex >= 0) {
      if (decisive < 0) continue;
      row = driverRows[driverIndex];
      scope = input.driverScopes[decisive]!;
      scopeIndex = decisive + 1;
    } else {
      const found = lookupTable(table, scope);
      if (found === GAP) return declined(book, [gapReason(table)]);
      if (found !== SKIP) row = found;
    }
    if (row === undefined) continue;
    const lookup = sharedLookup(input, table, scopeIndex, scope);
    const multiply = table.operation === "multiply";
    const neutral = multiply ? row.neutralMultiply : row.neutralAdd;
    for (const component of components) {
      if (!neutral) {
        amount[component] = multiply ? amount[component].times(row.value) : amount[component].plus(sumInsured.times(row.value));
        amountText[component] = amount[component].toString();
      }
      steps[component].push({ component, factor: table.id, label: table.label, lookup, matched: row.description, operation: table.operation, value: row.valueText, total: amountText[component], driver: driverIndex >= 0 ? decisive : undefined });
    }
  }

  const discounts = book.discounts.length === 0 ? [] : book.discounts.filter((d) => testsHold(d.tests, input.scope));
  if (discounts.length > 0) {
    const asked = discounts.reduce((sum, d) => sum.plus(d.percent), ZERO);
    const granted = Decimal.min(asked, book.maxDiscountPercent);
    const factor = ONE.minus(granted.times(HUNDREDTH));
    const names = discounts.map((d) => `${d.id} ${d.percent.toString()} %`).join(" + ");
    const matched = granted.lt(asked) ? `${names}, capped at ${granted.toString()} %` : names;
    const lookup = Object.fromEntries(discounts.map((d) => [d.id, d.percent.toString()]));
    for (const component of covered) {
      amount[component] = amount[component].times(factor);
      amountText[component] = amount[component].toString();
      steps[component].push({ component, factor: "discounts", label: LABELS.discounts, lookup, matched, operation: "multiply", value: factor.toString(), total: amountText[component] });
    }
  }

  for (const component of covered) {
    if (!amount[component].gt(ZERO)) {
      return declined(book, [{ code: DeclineCode.TariffGap, message: { ru: "Тариф дал неположительную премию", en: "The tariff produced a non-positive premium" } }]);
    }
  }

  // The total, then the named rounding steps of the rate book: the only places money is rounded.
  const totalSteps: WorksheetStep[] = [];
  const single = covered.length === 1 ? covered[0]! : undefined;
  const sum = single ? amount[single] : amount.damage.plus(amount.theft);
  const sumText = single ? amountText[single] : sum.toString();
  let premium = sum;
  totalSteps.push({ component: "total", factor: "sum", label: LABELS.sum, lookup: {}, matched: SUM_MATCHED[coverage], operation: "sum", value: sumText, total: sumText });
  const rounding = book.source.rounding;
  if (rounding.ratePercentDecimals !== undefined) {
    const ratePercent = roundHalfUp(premium.div(sumInsured).times(HUNDRED), rounding.ratePercentDecimals);
    premium = sumInsured.times(ratePercent).times(HUNDREDTH);
    totalSteps.push({ component: "total", factor: "rate-rounding", label: LABELS.rateRounding, lookup: {}, matched: `rate in percent to ${rounding.ratePercentDecimals} decimals, half-up`, operation: "round", value: ratePercent.toString(), rate: ratePercent.times(HUNDREDTH).toString(), total: premium.toString() });
  }
  if (premium.lt(book.minimumPremium)) {
    premium = book.minimumPremium;
    totalSteps.push({ component: "total", factor: "minimum-premium", label: LABELS.minimum, lookup: {}, matched: `minimum ${book.minimumPremium.toString()}`, operation: "minimum", value: book.minimumPremium.toString(), total: premium.toString() });
  }
  premium = roundHalfUp(premium, rounding.premiumDecimals);
  const premiumText = toMoneyString(premium);
  totalSteps.push({ component: "total", factor: "rounding", label: LABELS.rounding, lookup: {}, matched: rounding.premiumDecimals === 2 ? "half-up to kopecks" : "half-up to whole rubles", operation: "round", value: String(rounding.premiumDecimals), total: premiumText });

  // Split the rounded premium between the components in proportion to their amounts; theft takes the remainder.
  let components: Record<TComponentName, string>;
  if (single) components = single === "damage" ? { damage: premiumText, theft: ZERO_MONEY } : { damage: ZERO_MONEY, theft: premiumText };
  else {
    const damagePart = roundHalfUp(premium.times(amount.damage).div(sum), 2);
    components = { damage: toMoneyString(damagePart), theft: toMoneyString(premium.minus(damagePart)) };
  }
  const installmentSchedule = scheduleTexts(premium, premiumText, request.installments);

  return {
    kind: "quote",
    quote: {
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
        coverage,
        sumInsured: input.sumInsuredText,
        sumInsuredType: request.sumInsuredType,
        franchise: request.franchise,
        franchiseAmount: input.franchiseAmountText,
        repair: request.repair,
        wearDeduction: request.wearDeduction,
        installments: request.installments,
        drivers: { unlimited: request.unlimitedDrivers, count: request.drivers.length, decisiveDriver: decisive < 0 ? null : decisive },
        notes: book.source.notes,
      },
      steps: steps.damage.concat(steps.theft, totalSteps),
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
