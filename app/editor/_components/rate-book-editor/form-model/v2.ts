/**
 * The parts of a format-2 rate book the editor edits as fields (docs/decisions/0023-calculator-programmes-and-add-ons.md): programmes
 * (names, description, level, risks, a flat programme's rate and minimum premium), add-ons
 * (names, description, before/after rounding, a single price or the default of its table, the
 * age limit), the short-term policy table and the named rounding steps. Each item keeps its JSON
 * as loaded, so what is not shown here (a programme's own tables, an add-on's table rows, decline
 * rules) is written back unchanged.
 */
import { formatPath } from "@/lib/editor/lint-rate-book";
import { asArray, obj, percentText, text, type Obj } from "./values";
import { uid } from "./uid";
import type { Writer } from "./writer";

export interface ProgrammeForm {
  uid: string;
  orig: Obj;
  id: string;
  level: string;
  nameRu: string;
  nameEn: string;
  descriptionRu: string;
  descriptionEn: string;
  risks: string[];
  /** A flat programme's rate in percent of the sum insured ("" for a formula programme). */
  flatRate: string;
  flatMinimum: string;
}

export interface AddOnForm {
  uid: string;
  orig: Obj;
  id: string;
  nameRu: string;
  nameEn: string;
  descriptionRu: string;
  descriptionEn: string;
  apply: string;
  basis: "rate" | "amount";
  /** The single price (percent of the sum insured for a rate, rubles for an amount), or the table's default. */
  value: string;
  /** Whether the price is a table (then `value` is its default for rows that do not match). */
  table: boolean;
  tableRows: number;
  maxVehicleAgeYears: string;
}

export interface PolicyTermForm {
  uid: string;
  orig: Obj;
  months: string;
  factor: string;
}

export interface RoundingStepForm {
  uid: string;
  orig: Obj;
  id: string;
  target: string;
  decimals: string;
}

export interface V2Form {
  /** A book of format 2 (the sections below are shown only then). */
  isV2: boolean;
  programmes: ProgrammeForm[];
  addOns: AddOnForm[];
  policyTerms: PolicyTermForm[];
  steps: RoundingStepForm[];
}

export const v2Paths = {
  programme: (i: number, ...rest: (string | number)[]) => formatPath(["programmes", i, ...rest]),
  addOn: (i: number, ...rest: (string | number)[]) => formatPath(["addOns", i, ...rest]),
  term: (i: number, field: "months" | "factor") => formatPath(["policyTerms", i, field]),
  step: (i: number, field: "id" | "target" | "decimals") => formatPath(["rounding", "steps", i, field]),
};

const priceValue = (price: Obj, basis: string): string => {
  const v = price.value ?? price.default;
  return basis === "rate" ? percentText(v) : text(v);
};

export function toV2Form(b: Obj): V2Form {
  return {
    isV2: b.schemaVersion === 2,
    programmes: asArray(b.programmes).map((p) => {
      const o = obj(p);
      const pricing = obj(o.pricing);
      return {
        uid: uid(),
        orig: o,
        id: text(o.id),
        level: text(o.level),
        nameRu: text(obj(o.name).ru),
        nameEn: text(obj(o.name).en),
        descriptionRu: text(obj(o.description).ru),
        descriptionEn: text(obj(o.description).en),
        risks: asArray(o.risks).map(text),
        flatRate: pricing.type === "flat" ? percentText(pricing.rate) : "",
        flatMinimum: pricing.type === "flat" ? text(pricing.minimumPremium) : "",
      };
    }),
    addOns: asArray(b.addOns).map((a) => {
      const o = obj(a);
      const price = obj(o.price);
      const basis = price.basis === "amount" ? "amount" : "rate";
      return {
        uid: uid(),
        orig: o,
        id: text(o.id),
        nameRu: text(obj(o.name).ru),
        nameEn: text(obj(o.name).en),
        descriptionRu: text(obj(o.description).ru),
        descriptionEn: text(obj(o.description).en),
        apply: text(o.apply),
        basis,
        value: priceValue(price, basis),
        table: Array.isArray(price.rows),
        tableRows: asArray(price.rows).length,
        maxVehicleAgeYears: text(obj(o.eligibility).maxVehicleAgeYears),
      };
    }),
    policyTerms: asArray(b.policyTerms).map((t) => ({ uid: uid(), orig: obj(t), months: text(obj(t).months), factor: text(obj(t).factor) })),
    steps: asArray(obj(b.rounding).steps).map((s) => ({ uid: uid(), orig: obj(s), id: text(obj(s).id), target: text(obj(s).target), decimals: text(obj(s).decimals) })),
  };
}

function overwrite(orig: Obj, patch: Obj): Obj {
  const out: Obj = { ...orig };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}
const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : s.trim() === "" ? undefined : s.trim());
const optional = (s: string) => (s.trim() === "" ? undefined : s.trim());

/** The format-2 parts written over the book as loaded (nothing for a version-1 book). */
export function writeV2(form: V2Form, b: Obj, w: Writer): Obj {
  if (!form.isV2) return {};
  const programmes = form.programmes.map((p, i) => {
    const pricing = obj(p.orig.pricing);
    const flat =
      pricing.type === "flat"
        ? overwrite(pricing, {
            rate: w.percent(p.flatRate, pricing.rate, v2Paths.programme(i, "pricing", "rate"), { tableId: `programme ${p.id}`, row: i + 1, column: "rate" }),
            minimumPremium: optional(p.flatMinimum),
          })
        : undefined;
    return overwrite(p.orig, {
      id: p.id.trim(),
      level: p.level,
      name: overwrite(obj(p.orig.name), { ru: p.nameRu, en: p.nameEn }),
      description: overwrite(obj(p.orig.description), { ru: p.descriptionRu, en: p.descriptionEn }),
      risks: p.risks,
      ...(flat ? { pricing: flat } : {}),
    });
  });
  const addOns = form.addOns.map((a, i) => {
    const price = obj(a.orig.price);
    const where = { tableId: `add-on ${a.id}`, row: i + 1, column: "value" };
    const key = a.table ? "default" : "value";
    const value = a.value.trim() === "" && a.table ? undefined : a.basis === "rate" ? w.percent(a.value, price[key], v2Paths.addOn(i, "price", key), where) : a.value.trim();
    const eligibility = overwrite(obj(a.orig.eligibility), { maxVehicleAgeYears: int(a.maxVehicleAgeYears) });
    return overwrite(a.orig, {
      name: overwrite(obj(a.orig.name), { ru: a.nameRu, en: a.nameEn }),
      description: overwrite(obj(a.orig.description), { ru: a.descriptionRu, en: a.descriptionEn }),
      apply: a.apply,
      price: overwrite(price, { [key]: value }),
      eligibility: Object.keys(eligibility).length === 0 && a.orig.eligibility === undefined ? undefined : eligibility,
    });
  });
  const policyTerms = form.policyTerms.map((t) => overwrite(t.orig, { months: int(t.months), factor: t.factor.trim() }));
  const steps = form.steps.map((s) => overwrite(s.orig, { id: s.id.trim(), target: s.target, decimals: int(s.decimals) }));
  return {
    programmes: form.programmes.length === 0 && b.programmes === undefined ? undefined : programmes,
    addOns: form.addOns.length === 0 && b.addOns === undefined ? undefined : addOns,
    policyTerms: form.policyTerms.length === 0 && b.policyTerms === undefined ? undefined : policyTerms,
    rounding: overwrite(obj(b.rounding), { steps: form.steps.length === 0 && obj(b.rounding).steps === undefined ? undefined : steps }),
  };
}

/** Every path the format-2 sections show a control for (where lint issues are placed). */
export function v2Anchors(form: V2Form): string[] {
  if (!form.isV2) return [];
  const out = ["programmes", "addOns", "policyTerms", "rounding.steps"];
  form.programmes.forEach((_, i) => out.push(v2Paths.programme(i, "id"), v2Paths.programme(i, "name", "ru"), v2Paths.programme(i, "name", "en"), v2Paths.programme(i, "risks"), v2Paths.programme(i, "pricing", "rate"), v2Paths.programme(i, "pricing", "minimumPremium")));
  form.addOns.forEach((a, i) => out.push(v2Paths.addOn(i, "name", "ru"), v2Paths.addOn(i, "name", "en"), v2Paths.addOn(i, "apply"), v2Paths.addOn(i, "price", a.table ? "default" : "value"), v2Paths.addOn(i, "eligibility", "maxVehicleAgeYears")));
  form.policyTerms.forEach((_, i) => out.push(v2Paths.term(i, "months"), v2Paths.term(i, "factor")));
  form.steps.forEach((_, i) => out.push(v2Paths.step(i, "id"), v2Paths.step(i, "target"), v2Paths.step(i, "decimals")));
  return out;
}
