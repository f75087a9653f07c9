/** Lint findings: their shape, their codes and where they point. */
export type LintSeverity = "error" | "warning";

/** Rules whose findings are warnings the editor may acknowledge. */
export const WARNING_CODES = [
  "band-gap",
  "coefficient-implausible",
  "loading-too-high",
  "base-rate-implausible",
  "value-not-covered",
  "order-anti-theft",
  "order-parking",
  "order-wear-deduction",
  "order-sum-insured-type",
  "order-repair",
  "order-franchise-none",
  "order-franchise-band",
  "order-telematics",
  "order-switching",
  "order-bonus-malus",
  "agent-discount-implausible",
  "programme-costs-more",
] as const;

export const ERROR_CODES = ["schema", "condition-type", "band-overlap", "duplicate-row", "coefficient-not-positive", "duplicate-table-id", "duplicate-discount-id", "unknown-model", "price-amount", "unknown-region"] as const;

export type LintWarningCode = (typeof WARNING_CODES)[number];
export type LintErrorCode = (typeof ERROR_CODES)[number];

export interface LintIssue {
  severity: LintSeverity;
  /** The rule that found it (stable; see WARNING_CODES and ERROR_CODES). */
  code: LintWarningCode | LintErrorCode;
  /** Identifies this finding across edits (rule + table id + variable + values, no row index): the acknowledgement key. */
  key: string;
  /** Where in the rate-book JSON: "factors.3.rows.5.value", `factors.1.rows.0.when["driver.age"]` (see formatPath). */
  path: string;
  /**
   * The table: a factor table's id; "damage.fallback" / "theft.fallback"; "base-rates" (rates per
   * model); "discounts"; "eligibility"; "programme <id> / <table id>" (a programme's own table);
   * "add-on <id>" (an add-on's price table).
   */
  tableId?: string;
  /** The row as the editor counts it: 1-based ("ряд 3"). */
  row?: number;
  /** The column: a variable name for a condition cell, else "value", "note", "default", "id", "label.ru", "damage", … */
  column?: string;
  /** Plain Russian. */
  message: string;
}

// Paths

export type PathSegment = string | number;

/** Segments as a path: plain keys dotted, others bracketed (`when["driver.age"]`), as lib/editor/diff-rate-books.ts writes them. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number" || /^[A-Za-z0-9_$-]+$/.test(s)) out = out === "" ? String(s) : `${out}.${s}`;
    else out = `${out}[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The path one level up ("" above the top). */
export function parentPath(path: string): string {
  const m = /(?:\.[^.[\]]+|\[".*?"\])$/.exec(path);
  if (m) return path.slice(0, m.index);
  return "";
}
