/** Building blocks for edits: a new row, a new table, moving an element. */
import type { RowForm, TableForm } from "./types";
import { uid } from "./uid";

export function emptyRow(keys: readonly string[], value = ""): RowForm {
  return { uid: uid(), cells: Object.fromEntries(keys.map((k) => [k, ""])), origWhen: {}, touched: {}, value, note: "", orig: {} };
}

export function newTable(input: { id: string; labelRu: string; labelEn: string; operation: "multiply" | "add"; keys: string[] }): TableForm {
  return {
    uid: uid(),
    orig: {},
    id: input.id,
    labelRu: input.labelRu,
    labelEn: input.labelEn,
    appliesTo: ["damage", "theft"],
    operation: input.operation,
    keys: input.keys,
    default: "",
    rows: [emptyRow(input.keys, input.operation === "multiply" ? "1" : "0")],
  };
}

/** Moves element `from` by `delta` places (no-op at the ends). */
export function move<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
