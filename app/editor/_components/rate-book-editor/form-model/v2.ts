/**
 * The parts of a format-2 rate book the editor edits as fields (docs/decisions/0023-calculator-programmes-and-add-ons.md): programmes
 * (names, description, level, risks, a flat programme's rate and minimum premium), add-ons
 * (names, description, before/after rounding, a single price or the default of its table, the
 * age limit, the rows of its price table), a programme's own factor tables (the same table form
 * as the shared ones), the short-term policy table and the named rounding steps. Each item keeps
 * its JSON as loaded, so what is not shown here (decline rules, a price table's keys) is written
 * back unchanged.
 */
import { formatPath } from "@/lib/editor/lint-rate-book";
import { asArray, obj, percentText, text, type Obj } from "./values";
import { tablePathsAt, type TablePaths } from "./paths";
import { rowForm, stringKeys, tableForm } from "./read-table";
import type { RowForm, TableForm } from "./types";
import { uid } from "./uid";
import { overwrite, typedValue, writeRows, writeTable } from "./write-table";
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
  /** A formula programme's own tables, applied after the shared ones. */
  factors: TableForm[];
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
  /** The price table's key variables (as loaded; the grid edits rows, not keys). */
  keys: string[];
  /** The price table's rows: rubles, or percent of the sum insured for a rate. */
  rows: RowForm[];
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
  /** A programme's own table `t`. */
  programmeTable: (i: number, t: number): TablePaths => tablePathsAt(["programmes", i, "factors", t]),
  /** An add-on's price table (rows at addOns.i.price.rows). */
  price: (i: number): TablePaths => tablePathsAt(["addOns", i, "price"]),
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
        factors: asArray(o.factors).map(tableForm),
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
        keys: stringKeys(price.keys),
        rows: asArray(price.rows).map((r) => rowForm(r, stringKeys(price.keys), basis === "rate" ? percentText : text)),
        maxVehicleAgeYears: text(obj(o.eligibility).maxVehicleAgeYears),
      };
    }),
    policyTerms: asArray(b.policyTerms).map((t) => ({ uid: uid(), orig: obj(t), months: text(obj(t).months), factor: text(obj(t).factor) })),
    steps: asArray(obj(b.rounding).steps).map((s) => ({ uid: uid(), orig: obj(s), id: text(obj(s).id), target: text(obj(s).target), decimals: text(obj(s).decimals) })),
  };
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
    const factors = p.factors.map((t, j) => writeTable(w, t, v2Paths.programmeTable(i, j), `programme ${p.id || `#${i + 1}`} / ${t.id || `#${j + 1}`}`));
    return overwrite(p.orig, {
      id: p.id.trim(),
      level: p.level,
      name: overwrite(obj(p.orig.name), { ru: p.nameRu, en: p.nameEn }),
      description: overwrite(obj(p.orig.description), { ru: p.descriptionRu, en: p.descriptionEn }),
      risks: p.risks,
      ...(flat ? { pricing: flat } : {}),
      factors: p.factors.length === 0 && p.orig.factors === undefined ? undefined : factors,
    });
  });
  const addOns = form.addOns.map((a, i) => {
    const price = obj(a.orig.price);
    const where = { tableId: `add-on ${a.id}`, row: i + 1, column: "value" };
    const key = a.table ? "default" : "value";
    const value = a.value.trim() === "" && a.table ? undefined : a.basis === "rate" ? w.percent(a.value, price[key], v2Paths.addOn(i, "price", key), where) : a.value.trim();
    const eligibility = overwrite(obj(a.orig.eligibility), { maxVehicleAgeYears: int(a.maxVehicleAgeYears) });
    const tableId = `add-on ${a.id || `#${i + 1}`}`;
    const at = v2Paths.price(i);
    const rows = a.table
      ? writeRows(w, a.rows, a.keys, at.cell, tableId, (row, r) => (a.basis === "rate" ? w.percent(row.value, row.orig.value, at.row(r, "value"), { tableId, row: r + 1, column: "value" }) : typedValue(row)))
      : undefined;
    return overwrite(a.orig, {
      name: overwrite(obj(a.orig.name), { ru: a.nameRu, en: a.nameEn }),
      description: overwrite(obj(a.orig.description), { ru: a.descriptionRu, en: a.descriptionEn }),
      apply: a.apply,
      price: overwrite(price, { [key]: value, ...(rows ? { rows } : {}) }),
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
  form.programmes.forEach((p, i) => p.factors.forEach((t, j) => out.push(...tableAnchors(t, v2Paths.programmeTable(i, j)))));
  form.addOns.forEach((a, i) => {
    out.push(v2Paths.addOn(i, "name", "ru"), v2Paths.addOn(i, "name", "en"), v2Paths.addOn(i, "apply"), v2Paths.addOn(i, "price", a.table ? "default" : "value"), v2Paths.addOn(i, "eligibility", "maxVehicleAgeYears"));
    const at = v2Paths.price(i);
    a.rows.forEach((_, r) => out.push(...a.keys.map((k) => at.cell(r, k)), at.row(r, "value"), at.row(r, "note")));
  });
  form.policyTerms.forEach((_, i) => out.push(v2Paths.term(i, "months"), v2Paths.term(i, "factor")));
  form.steps.forEach((_, i) => out.push(v2Paths.step(i, "id"), v2Paths.step(i, "target"), v2Paths.step(i, "decimals")));
  return out;
}

/** Every control of a factor table at `at`: its settings and each row's cells. */
export function tableAnchors(t: TableForm, at: TablePaths): string[] {
  const out = [["id"], ["label", "ru"], ["label", "en"], ["appliesTo"], ["operation"], ["keys"], ["default"]].map((f) => at.table(...f));
  t.rows.forEach((_, r) => out.push(...t.keys.map((k) => at.cell(r, k)), at.row(r, "value"), at.row(r, "note")));
  return out;
}
