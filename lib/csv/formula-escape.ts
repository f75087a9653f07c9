/**
 * CSV formula injection. A spreadsheet program runs a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula (`=HYPERLINK(…)`, `@SUM(…)`, DDE). Every CSV this
 * product writes passes its cells through `escapeCsvCell`, which puts a `'` in front of such a
 * cell — spreadsheets show it as text and hide the quote.
 *
 * The rule is reversible, so the product's own CSV imports read their exports back unchanged:
 * a cell is escaped when it matches `'*[=+\-@\t\r]…` (any run of quotes, then a trigger; a cell
 * that already starts with quotes before a trigger gets one more), and `unescapeCsvCell` takes
 * exactly one quote off a cell matching `'+[=+\-@\t\r]…`. Every other cell is left alone both ways.
 * Pure; no I/O.
 */

const ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell as written to a CSV file: prefixed with `'` when a spreadsheet would run it. */
export function escapeCsvCell(cell: string): string {
  return ESCAPE.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `escapeCsvCell`: a cell read from a CSV file, its protective `'` removed. */
export function unescapeCsvCell(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
