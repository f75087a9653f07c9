/**
 * Quoting the rows of a client list: each valid row priced at every insurer by the summary path
 * of the rating library (no worksheet written), kept as the compact result the results CSV is
 * made from. Pure; the library and the clock's date are arguments.
 */
import type { Catalog } from "@/lib/catalog";
import { priceComparison, selectEdition, type RateBookLibrary, type TLabel } from "@/lib/rating";
import type { ColumnUse } from "./fields";
import { validateRow, type RowIssue } from "./row-request";

/** One row's outcome as stored: its file row, the kept cells, and the premiums or the errors. */
export interface RowResult {
  /** The row's number in the file (the header is row 1). */
  row: number;
  /** The cells of the columns kept as the client's label, in column order. */
  label: string[];
  /** Field errors; when present nothing was priced. */
  issues?: RowIssue[];
  /** Premium per insurer id (rubles, a decimal string), the cheapest first. */
  quotes?: [insurerId: string, premium: string][];
  /** Decline reasons per insurer id, in both languages. */
  declined?: [insurerId: string, reasons: TLabel[]][];
}

export interface InsurerColumn {
  id: string;
  nameRu: string;
  nameEn: string;
}

/** The insurers of a library, in id order: the results' columns. */
export function insurerColumns(library: RateBookLibrary, policyStart: string): InsurerColumn[] {
  const out: InsurerColumn[] = [];
  for (const [id, editions] of library) {
    const book = selectEdition(editions, policyStart) ?? editions.at(-1);
    out.push({ id, nameRu: book?.insurerName.ru ?? id, nameEn: book?.insurerName.en ?? id });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Validates and prices rows [from, to) of a list; an invalid row is reported and the rest go on. */
export function priceRows(input: { rows: readonly string[][]; uses: readonly ColumnUse[]; from: number; to: number; library: RateBookLibrary; catalog: Catalog; today: string }): RowResult[] {
  const { rows, uses, library, catalog, today } = input;
  const keep = uses.flatMap((u, i) => (u === "keep" ? [i] : []));
  const out: RowResult[] = [];
  for (let i = input.from; i < Math.min(input.to, rows.length); i += 1) {
    const cells = rows[i]!;
    const result: RowResult = { row: i + 2, label: keep.map((c) => cells[c] ?? "") };
    const outcome = validateRow(cells, uses, catalog, today);
    if (!outcome.ok) {
      result.issues = outcome.issues;
    } else {
      const { priced, declined } = priceComparison(outcome.request, library, catalog, false);
      result.quotes = priced.map((p) => [p.quote.insurerId, p.quote.premium]);
      result.declined = declined.map((d) => [d.insurerId, d.reasons.map((r) => r.message)]);
    }
    out.push(result);
  }
  return out;
}
