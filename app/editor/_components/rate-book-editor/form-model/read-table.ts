/** JSON → form for one table: its rows as condition texts, and a factor table's settings. */
import { formatCondition } from "@/lib/editor/condition-text";
import type { TCondition } from "@/lib/rating/rate-book-schema";
import type { RowForm, TableForm } from "./types";
import { uid } from "./uid";
import { asArray, obj, text } from "./values";

export function rowForm(row: unknown, keys: readonly string[], value: (v: unknown) => string): RowForm {
  const r = obj(row);
  const when = obj(r.when);
  const cells: Record<string, string> = {};
  for (const k of keys) cells[k] = formatCondition(when[k] as TCondition | undefined);
  return { uid: uid(), cells, origWhen: when, touched: {}, value: value(r.value), note: text(r.note), orig: r };
}

export const stringKeys = (v: unknown) => asArray(v).filter((k): k is string => typeof k === "string");

export function tableForm(t: unknown): TableForm {
  const o = obj(t);
  const keys = stringKeys(o.keys);
  const label = obj(o.label);
  return {
    uid: uid(),
    orig: o,
    id: text(o.id),
    labelRu: text(label.ru),
    labelEn: text(label.en),
    appliesTo: stringKeys(o.appliesTo),
    operation: text(o.operation),
    keys,
    default: text(o.default),
    rows: asArray(o.rows).map((r) => rowForm(r, keys, text)),
  };
}

