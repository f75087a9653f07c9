/** Form → JSON for one table: rows (conditions, value, note) and a factor table's settings. */
import type { TablePaths } from "./paths";
import type { RowForm, TableForm } from "./types";
import { obj, type Obj } from "./values";
import type { Writer } from "./writer";

/** `orig` with `patch` written over it (keys of `patch` set to undefined are removed); key order kept. */
export function overwrite(orig: Obj, patch: Obj): Obj {
  const out: Obj = { ...orig };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

const optional = (s: string) => (s.trim() === "" ? undefined : s.trim());

export function writeRows(
  w: Writer,
  rows: readonly RowForm[],
  keys: readonly string[],
  cellPath: (r: number, key: string) => string,
  tableId: string,
  value: (row: RowForm, r: number) => unknown,
): Obj[] {
  return rows.map((row, r) => {
    const loc = { tableId, row: r + 1 };
    const when = w.when(keys, row.cells, row.origWhen, row.touched, (k) => cellPath(r, k), (k) => ({ ...loc, column: k }));
    return overwrite(row.orig, { when, value: value(row, r), note: row.note === "" ? undefined : row.note });
  });
}

/** A value typed as is (a coefficient, rubles): the original when untouched. */
export const typedValue = (row: RowForm) => (row.touched.value || row.orig.value === undefined ? row.value.trim() : row.orig.value);

/** A factor table (shared, or a programme's own) written over the table as loaded. */
export function writeTable(w: Writer, t: TableForm, at: TablePaths, tableId: string): Obj {
  const rows = writeRows(w, t.rows, t.keys, at.cell, tableId, typedValue);
  return overwrite(t.orig, {
    id: t.id,
    label: overwrite(obj(t.orig.label), { ru: t.labelRu, en: t.labelEn }),
    appliesTo: t.appliesTo,
    operation: t.operation,
    keys: t.keys,
    rows,
    default: optional(t.default),
  });
}
