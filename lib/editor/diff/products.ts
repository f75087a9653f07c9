/**
 * Format 2's products (docs/decisions/0021-rate-book-programmes-and-add-ons.md): programmes and add-ons matched by id, short-term
 * policies by their months, rounding steps by id; each change names its item ("программа budget",
 * "опция gap") and the field ("price.value", "risks", "name.ru"), like a table's row and cell.
 */
import type { Differ, Where } from "./differ";
import { diffTable, tableIdOf } from "./factors";
import { at, isObj, labelOf, sameDecimal, show, stringOr, type Obj } from "./values";

const idOf = (item: unknown) => (isObj(item) ? stringOr(item.id) : undefined);
const nameOf = (item: unknown) => (isObj(item) && isObj(item.name) ? (stringOr(item.name.ru) ?? stringOr(item.name.en)) : labelOf(item));

function diffPrice(d: Differ, where: Where, path: string, b: unknown, a: unknown) {
  d.object(where, "price", path, b, a, (bp, ap) => {
    d.leaf(where, "price.basis", at(path, "basis"), bp.basis, ap.basis);
    d.leaf(where, "price.value", at(path, "value"), bp.value, ap.value, sameDecimal);
    d.leaf(where, "price.default", at(path, "default"), bp.default, ap.default, sameDecimal);
    d.ordered(where, "price.keys", at(path, "keys"), bp.keys, ap.keys);
    if (bp.rows !== undefined || ap.rows !== undefined) d.rows(where, at(path, "rows"), bp.rows, ap.rows, bp.keys, ap.keys);
    d.unknownKeys(where, "price", path, bp, ap, ["basis", "value", "default", "keys", "rows"]);
  });
}

function diffProgramme(d: Differ, where: Where, path: string, b: unknown, a: unknown) {
  d.object(where, "programme", path, b, a, (bo: Obj, ao: Obj) => {
    d.leaf(where, "level", at(path, "level"), bo.level, ao.level);
    d.localized(where, "name", at(path, "name"), bo.name, ao.name);
    d.localized(where, "description", at(path, "description"), bo.description, ao.description);
    d.set(where, "risks", at(path, "risks"), bo.risks, ao.risks);
    d.object(where, "pricing", at(path, "pricing"), bo.pricing, ao.pricing, (bp, ap) => {
      d.leaf(where, "pricing.type", at(path, "pricing.type"), bp.type ?? "formula", ap.type ?? "formula");
      d.leaf(where, "pricing.rate", at(path, "pricing.rate"), bp.rate, ap.rate, sameDecimal);
      d.leaf(where, "pricing.minimumPremium", at(path, "pricing.minimumPremium"), bp.minimumPremium, ap.minimumPremium, sameDecimal);
      d.unknownKeys(where, "pricing", at(path, "pricing"), bp, ap, ["type", "rate", "minimumPremium"]);
    });
    d.set(where, "addOns", at(path, "addOns"), bo.addOns, ao.addOns);
    // The programme's own tables, matched by id like the shared ones: "программа budget · таблица budget-franchise".
    const tableWhere = (t: unknown): Where => ({ ...where, rowKey: `${where.rowKey ?? "программа"} · таблица ${tableIdOf(t) ?? "?"}` });
    d.byId(bo.factors, ao.factors, at(path, "factors"), where, "table", tableIdOf, tableWhere, (t) => labelOf(t) ?? tableIdOf(t) ?? t, (w, p, bt, at_) => diffTable(d, w, p, bt, at_));
    d.unknownKeys(where, "", path, bo, ao, ["id", "level", "name", "description", "risks", "pricing", "addOns", "factors"]);
  });
}

function diffAddOn(d: Differ, where: Where, path: string, b: unknown, a: unknown) {
  d.object(where, "addOn", path, b, a, (bo: Obj, ao: Obj) => {
    d.localized(where, "name", at(path, "name"), bo.name, ao.name);
    d.localized(where, "description", at(path, "description"), bo.description, ao.description);
    d.leaf(where, "apply", at(path, "apply"), bo.apply, ao.apply);
    diffPrice(d, where, at(path, "price"), bo.price, ao.price);
    d.object(where, "eligibility", at(path, "eligibility"), bo.eligibility, ao.eligibility, (be, ae) => {
      d.leaf(where, "eligibility.maxVehicleAgeYears", at(path, "eligibility.maxVehicleAgeYears"), be.maxVehicleAgeYears, ae.maxVehicleAgeYears);
      d.unknownKeys(where, "eligibility", at(path, "eligibility"), be, ae, ["maxVehicleAgeYears"]);
    });
    d.unknownKeys(where, "", path, bo, ao, ["id", "name", "description", "apply", "price", "eligibility"]);
  });
}

/** Programmes, add-ons, short-term policies and rounding steps (area "general", each item named in rowKey). */
export function diffProducts(d: Differ, b: Obj, a: Obj) {
  const general: Where = { area: "general" };
  const named = (kind: string) => (item: unknown): Where => ({ area: "general", rowKey: `${kind} ${idOf(item) ?? "?"}` });
  d.byId(b.programmes, a.programmes, "programmes", general, "programme", idOf, named("программа"), nameOf, (w, p, bi, ai) => diffProgramme(d, w, p, bi, ai));
  d.byId(b.addOns, a.addOns, "addOns", general, "addOn", idOf, named("опция"), nameOf, (w, p, bi, ai) => diffAddOn(d, w, p, bi, ai));
  const monthsOf = (item: unknown) => (isObj(item) && item.months !== undefined ? String(item.months) : undefined);
  d.byId(b.policyTerms, a.policyTerms, "policyTerms", general, "policyTerm", monthsOf, (item) => ({ area: "general", rowKey: `срок ${monthsOf(item) ?? "?"} мес.` }), (item) => (isObj(item) ? show(item.factor) : show(item)), (w, p, bi, ai) =>
    d.object(w, "policyTerm", p, bi, ai, (bo, ao) => d.leaf(w, "factor", at(p, "factor"), bo.factor, ao.factor, sameDecimal)),
  );
  const rb = isObj(b.rounding) ? b.rounding : {};
  const ra = isObj(a.rounding) ? a.rounding : {};
  d.byId(rb.steps, ra.steps, "rounding.steps", general, "roundingStep", idOf, named("шаг округления"), (item) => (isObj(item) ? `${show(item.target)}, ${show(item.decimals)}` : show(item)), (w, p, bi, ai) =>
    d.object(w, "roundingStep", p, bi, ai, (bo, ao) => {
      d.leaf(w, "target", at(p, "target"), bo.target, ao.target);
      d.leaf(w, "decimals", at(p, "decimals"), bo.decimals, ao.decimals);
      d.localized(w, "label", at(p, "label"), bo.label, ao.label);
    }),
  );
}
