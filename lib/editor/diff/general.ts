/** General fields: the head (ids, insurer, dates) and the tail (minimum premium, rounding, notes, provenance). */
import { align, keyed } from "./align";
import type { Differ, Where } from "./differ";
import { asArray, at, canonical, isObj, sameDecimal, show, type Obj } from "./values";

/** Notes: a sequence of texts, matched by content; an edited note is one change per language. */
function diffNotes(d: Differ, b: unknown, a: unknown) {
  const where: Where = { area: "general" };
  const bl = asArray(b ?? []);
  const al = asArray(a ?? []);
  if (bl === undefined || al === undefined) return d.leaf(where, "notes", "notes", b, a);
  const text = (n: unknown) => (isObj(n) ? (n.ru ?? n.en) : n);
  for (const op of align(keyed(bl, canonical), keyed(al, canonical), true)) {
    if (op.op === "removed") d.removed(where, "note", at("notes", op.b.index), text(op.b.value));
    else if (op.op === "added") d.added(where, "note", at("notes", op.a.index), text(op.a.value));
    else if (op.op === "replaced") d.localized(where, "note", at("notes", op.a.index), op.b.value, op.a.value);
    else if (op.moved) d.position({ ...where, rowKey: show(text(op.a.value)) }, at("notes", op.a.index), op.b, op.a);
  }
}

export function diffGeneralHead(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "general" };
  for (const f of ["$schema", "schemaVersion", "id"]) d.leaf(where, f, f, b[f], a[f]);
  d.object(where, "insurer", "insurer", b.insurer, a.insurer, (bi, ai) => {
    d.leaf(where, "insurer.id", "insurer.id", bi.id, ai.id);
    d.localized(where, "insurer.name", "insurer.name", bi.name, ai.name);
    d.unknownKeys(where, "insurer", "insurer", bi, ai, ["id", "name"]);
  });
  for (const f of ["effectiveFrom", "currency"]) d.leaf(where, f, f, b[f], a[f]);
}

export function diffGeneralTail(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "general" };
  d.leaf(where, "minimumPremium", "minimumPremium", b.minimumPremium ?? "0", a.minimumPremium ?? "0", sameDecimal);
  d.object(where, "rounding", "rounding", b.rounding, a.rounding, (br, ar) => {
    d.leaf(where, "rounding.ratePercentDecimals", "rounding.ratePercentDecimals", br.ratePercentDecimals, ar.ratePercentDecimals);
    // Format 1 writes the two decimals; format 2 a list of named steps.
    if (br.steps === undefined && ar.steps === undefined) d.leaf(where, "rounding.premiumDecimals", "rounding.premiumDecimals", br.premiumDecimals ?? 2, ar.premiumDecimals ?? 2);
    else d.leaf(where, "rounding.premiumDecimals", "rounding.premiumDecimals", br.premiumDecimals, ar.premiumDecimals);
    // Format 2's named steps are compared step by step, by id (diff/products.ts).
    d.unknownKeys(where, "rounding", "rounding", br, ar, ["ratePercentDecimals", "premiumDecimals", "steps"]);
  });
  diffNotes(d, b.notes, a.notes);
  d.object(where, "provenance", "provenance", b.provenance, a.provenance, (bp, ap) => {
    for (const f of ["demonstration", "kind", "source", "publishedOn"]) d.leaf(where, `provenance.${f}`, `provenance.${f}`, bp[f], ap[f]);
    d.leaf(where, "provenance.summary", "provenance.summary", bp.summary, ap.summary);
    d.object(where, "provenance.values", "provenance.values", bp.values, ap.values, (bv, av) => {
      const keys = [...Object.keys(av), ...Object.keys(bv).filter((k) => !(k in av))];
      for (const k of keys) d.leaf({ ...where, rowKey: k }, "provenance.values", at("provenance.values", k), bv[k], av[k]);
    });
    d.unknownKeys(where, "provenance", "provenance", bp, ap, ["demonstration", "kind", "source", "publishedOn", "summary", "values"]);
  });
}
