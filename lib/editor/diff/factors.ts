/** Factor tables, matched by id: label, scope, operation, keys, default and rows. */
import type { Differ, Where } from "./differ";
import { at, isObj, labelOf, sameDecimal, show, stringOr, type Obj } from "./values";

/** One factor table's parts (its id already matched): label, scope, operation, keys, default and rows. */
export function diffTable(d: Differ, where: Where, path: string, bt: unknown, at_: unknown) {
  const sortedSet = (v: unknown) => (Array.isArray(v) ? [...new Set(v.map((x) => show(x)))].sort().join(", ") : v);
  d.object(where, "table", path, bt, at_, (bo, ao) => {
    d.localized(where, "label", at(path, "label"), bo.label, ao.label);
    d.localized(where, "description", at(path, "description"), bo.description, ao.description);
    d.leaf(where, "appliesTo", at(path, "appliesTo"), sortedSet(bo.appliesTo), sortedSet(ao.appliesTo));
    d.leaf(where, "operation", at(path, "operation"), bo.operation, ao.operation);
    d.ordered(where, "keys", at(path, "keys"), bo.keys, ao.keys);
    d.leaf(where, "default", at(path, "default"), bo.default, ao.default, sameDecimal);
    d.rows(where, at(path, "rows"), bo.rows, ao.rows, bo.keys, ao.keys);
    d.unknownKeys(where, "", path, bo, ao, ["id", "label", "description", "appliesTo", "operation", "keys", "rows", "default"]);
  });
}

export const tableIdOf = (t: unknown) => (isObj(t) ? stringOr(t.id) : undefined);

export function diffFactors(d: Differ, b: Obj, a: Obj) {
  const whereOf = (t: unknown): Where => ({ area: "factor", tableId: tableIdOf(t) });
  d.byId(b.factors, a.factors, "factors", { area: "factor" }, "table", tableIdOf, whereOf, (t) => labelOf(t) ?? tableIdOf(t) ?? t, (where, path, bt, at_) => diffTable(d, where, path, bt, at_));
}
