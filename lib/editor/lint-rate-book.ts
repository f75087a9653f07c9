/**
 * Checks a rate book the way a tariff editor needs while editing: every schema error (in
 * Russian, located at a table / row / column), plus what the schema cannot see — overlapping
 * and missing bands, repeated rows, implausible coefficients, options a table forgets, and
 * "cheaper options must not cost more".
 *
 * Errors block saving. Warnings may be right (a tariff can be odd on purpose): each has a
 * stable `code` (the rule) and a stable `key` (the rule and what it is about — table id,
 * variable, values — never a row index), so the editor's acknowledgement survives unrelated
 * edits such as inserting a row above.
 *
 * Pure: no I/O, no clock. Takes `unknown`: a draft that does not validate is checked as far as
 * its shape allows.
 */
import { type LintIssue } from "./lint/issue";
import { isObj } from "./lint/json";
import { schemaIssues } from "./lint/schema-issues";
import { tableViews } from "./lint/table-views";
import { Linter } from "./lint/linter";
import { priceTableIssues } from "./price-table";

export type { LintErrorCode, LintIssue, LintSeverity, LintWarningCode, PathSegment } from "./lint/issue";
export { ERROR_CODES, WARNING_CODES, formatPath, parentPath } from "./lint/issue";
export { modelOrder } from "./lint/schema-issues";

export interface LintOptions {
  /** The catalog's model ids: a model the book names outside them is an error. Not checked when absent. */
  modelIds?: { has(id: string): boolean };
  /** The catalog's region codes: a region an add-on's price table names outside them is an error (lib/editor/price-table.ts). */
  regionCodes?: { has(code: string): boolean };
}

/** All findings, schema errors first, then the editor's rules table by table. */
export function lintRateBook(json: unknown, options: LintOptions = {}): LintIssue[] {
  const schema = schemaIssues(json);
  if (!isObj(json)) return schema;
  const linter = new Linter(json);
  if (options.modelIds) linter.unknownModels(options.modelIds);
  linter.baseRates();
  linter.agentDiscount();
  linter.programmes();
  for (const t of tableViews(json)) {
    linter.conditionTypes(t);
    linter.duplicatesAndOverlaps(t);
    // A price table without a row for some options declines the add-on for them by design.
    if (t.kind === "price") continue;
    linter.gaps(t);
    linter.coefficients(t);
    linter.coverage(t);
    if (t.kind === "factor") linter.order(t);
  }
  linter.duplicateIds();
  const schemaPaths = new Set(schema.map((i) => i.path));
  const price = priceTableIssues(json, { regionCodes: options.regionCodes }).filter((i) => !schemaPaths.has(i.path));
  const cellPaths = new Set([...schemaPaths, ...price.map((i) => i.path)]);
  return [...schema, ...price, ...linter.issues.filter((i) => !cellPaths.has(i.path))];
}
