/** Paths of the editor's cells (the lint paths where a cell shows a JSON value). */
import { formatPath, type PathSegment } from "@/lib/editor/lint-rate-book";
import type { Component } from "./types";

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
