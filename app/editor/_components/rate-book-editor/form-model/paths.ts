/** Paths of the editor's cells (the lint paths where a cell shows a JSON value). */
import { formatPath, type PathSegment } from "@/lib/editor/lint-rate-book";
import type { Component } from "./types";

/** Where a table's controls are: the table's own fields, a row's condition cells, a row's value and note. */
export interface TablePaths {
  table: (...rest: PathSegment[]) => string;
  cell: (r: number, key: string) => string;
  row: (r: number, field: "value" | "note") => string;
}

/** The paths of a table at `base`: ["factors", 3], ["programmes", 1, "factors", 0], ["addOns", 1, "price"]. */
export function tablePathsAt(base: readonly PathSegment[]): TablePaths {
  // The same object for the same place: memoized table sections are not re-rendered for a new one.
  const key = formatPath(base);
  const known = tablePathsCache.get(key);
  if (known) return known;
  const made: TablePaths = {
    table: (...rest) => formatPath([...base, ...rest]),
    cell: (r, key) => formatPath([...base, "rows", r, "when", key]),
    row: (r, field) => formatPath([...base, "rows", r, field]),
  };
  tablePathsCache.set(key, made);
  return made;
}
const tablePathsCache = new Map<string, TablePaths>();

export const paths = {
  factor: (t: number, ...rest: PathSegment[]) => formatPath(["factors", t, ...rest]),
  factorCell: (t: number, r: number, key: string) => formatPath(["factors", t, "rows", r, "when", key]),
  factorRow: (t: number, r: number, field: "value" | "note") => formatPath(["factors", t, "rows", r, field]),
  fallback: (c: Component) => formatPath(["components", c, "fallback"]),
  fallbackCell: (c: Component, r: number, key: string) => formatPath(["components", c, "fallback", "rows", r, "when", key]),
  fallbackRow: (c: Component, r: number, field: "value" | "note") => formatPath(["components", c, "fallback", "rows", r, field]),
  /** Cells of the model grid are addressed by position (two rows may hold the same id while typing). */
  model: (r: number, field: "model" | Component) => formatPath(["base", r, field]),
  discount: (i: number, ...rest: PathSegment[]) => formatPath(["discounts", "items", i, ...rest]),
  discountCell: (i: number, key: string) => formatPath(["discounts", "items", i, "when", key]),
};
