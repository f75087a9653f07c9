/** JSON → form: reads a rate book of any shape into the form model. */
import { formatCondition } from "@/lib/editor/condition-text";
import type { TCondition } from "@/lib/rating/rate-book-schema";
import { rowForm, stringKeys, tableForm } from "./read-table";
import { COMPONENTS, type Component, type FallbackForm, type RateBookForm } from "./types";
import { uid } from "./uid";
import { asArray, obj, percentText, text } from "./values";
import { toV2Form } from "./v2";

function fallbackForm(component: unknown): FallbackForm {
  const fb = obj(obj(component).fallback);
  const keys = stringKeys(fb.keys);
  return { orig: fb, keys, rows: asArray(fb.rows).map((r) => rowForm(r, keys, percentText)) };
}

function whenKeysInOrder(items: unknown[]): string[] {
  const keys: string[] = [];
  for (const item of items) for (const k of Object.keys(obj(obj(item).when))) if (!keys.includes(k)) keys.push(k);
  return keys;
}

export function toForm(body: unknown): RateBookForm {
  const b = obj(body);
  const components = obj(b.components);
  const byModel = (c: Component) => obj(obj(components[c]).byModel);
  const modelIds: string[] = [];
  for (const c of COMPONENTS) for (const m of Object.keys(byModel(c))) if (!modelIds.includes(m)) modelIds.push(m);
  const elig = obj(b.eligibility);
  const discounts = obj(b.discounts);
  const items = asArray(discounts.items);
  const discountKeys = whenKeysInOrder(items);
  const rounding = obj(b.rounding);
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string | number => typeof x === "string" || typeof x === "number") : undefined);
  return {
    orig: b,
    effectiveFrom: text(b.effectiveFrom),
    models: modelIds.map((m) => ({
      uid: uid(),
      model: m,
      damage: byModel("damage")[m] === undefined ? "" : percentText(byModel("damage")[m]),
      theft: byModel("theft")[m] === undefined ? "" : percentText(byModel("theft")[m]),
      orig: { damage: byModel("damage")[m], theft: byModel("theft")[m] },
    })),
    fallback: { damage: fallbackForm(components.damage), theft: fallbackForm(components.theft) },
    factors: asArray(b.factors).map(tableForm),
    eligibility: {
      orig: elig,
      ints: { maxVehicleAgeYears: text(elig.maxVehicleAgeYears), minDriverAge: text(elig.minDriverAge), maxDriverAge: text(elig.maxDriverAge), minDriverExperienceYears: text(elig.minDriverExperienceYears) },
      decimals: { minPrice: text(elig.minPrice), maxPrice: text(elig.maxPrice) },
      regionsServed: Array.isArray(elig.regionsServed) ? elig.regionsServed.map(text).join(", ") : text(elig.regionsServed),
      lists: { coverages: list(elig.coverages), repairOptions: list(elig.repairOptions), franchiseTypes: list(elig.franchiseTypes), installments: list(elig.installments) },
      unlimitedDrivers: typeof elig.unlimitedDrivers === "boolean" ? elig.unlimitedDrivers : undefined,
    },
    discounts: {
      orig: discounts,
      maxTotalPercent: text(discounts.maxTotalPercent),
      keys: discountKeys,
      items: items.map((item) => {
        const o = obj(item);
        const when = obj(o.when);
        const cells: Record<string, string> = {};
        for (const k of discountKeys) cells[k] = formatCondition(when[k] as TCondition | undefined);
        return { uid: uid(), orig: o, id: text(o.id), labelRu: text(obj(o.label).ru), labelEn: text(obj(o.label).en), cells, origWhen: when, touched: {}, percent: text(o.percent) };
      }),
    },
    agentDiscount: { orig: obj(b.agentDiscount), maxPercent: text(obj(b.agentDiscount).maxPercent), singlePaymentOnly: obj(b.agentDiscount).singlePaymentOnly === true },
    minimumPremium: text(b.minimumPremium),
    rounding: { orig: rounding, ratePercentDecimals: text(rounding.ratePercentDecimals), premiumDecimals: text(rounding.premiumDecimals) },
    notes: asArray(b.notes).map((n) => ({ uid: uid(), orig: obj(n), ru: text(obj(n).ru), en: text(obj(n).en) })),
    v2: toV2Form(b),
  };
}
