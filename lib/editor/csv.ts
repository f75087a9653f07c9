/**
 * One factor table's rows as CSV, and back. Pure: no I/O.
 *
 * Format (docs/decisions/0006-editor-workflow.md): a header row naming the table's keys, then
 * `value`, then optionally `note`, in any order; one line per row, in the table's order (the first
 * matching row wins). Comma- or semicolon-separated (Excel in a Russian locale writes `;`), RFC 4180
 * quoting, UTF-8 with or without a BOM. Condition cells are written exactly as in the grid
 * (lib/editor/condition-text.ts): empty = any value; `18` exact; `18–22` = 18 ≤ x < 22; `≥ 300`;
 * `< 200`; `да` / `нет`; lists `77, 50`.
 *
 * `value` is a decimal with a dot (a decimal comma is accepted and read as a dot).
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 *
 * Cells a spreadsheet would run as a formula (starting with = + - @, a tab or CR — a negative
 * addend such as -0.05) are written with a leading `'` and read back without it
 * (lib/csv/formula-escape.ts), so an export imports unchanged.
 */
import { escapeCsvCell, unescapeCsvCell } from "@/lib/csv/formula-escape";
import type { TCondition, TFactorTable, TRatingVariable } from "@/lib/rating";
import { formatCondition, parseCondition } from "./condition-text";

export interface CsvIssue {
  /** The spreadsheet row (header = 1). */
  row: number;
  /** The column's header, or "" when the problem is not in one cell. */
  column: string;
  message: string;
}

export type TableRow = TFactorTable["rows"][number];

// ---------------------------------------------------------------------------------------------
// CSV text

export interface CsvRecords {
  /** Each record with the spreadsheet row it started on. Blank lines are skipped (but counted). */
  records: { row: number; cells: string[] }[];
  delimiter: "," | ";";
}

/** The delimiter of the first line: the one of `,` and `;` that occurs more often outside quotes. */
function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas += 1;
    else if (!quoted && ch === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/** Splits CSV text into records (RFC 4180: quoted cells may hold delimiters, quotes as "" and newlines). */
export function parseCsv(text: string): { ok: true; value: CsvRecords } | { ok: false; issues: CsvIssue[] } {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(source);
  const records: CsvRecords["records"] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  // Spreadsheet rows: one per record (a newline inside quotes does not start a row).
  let row = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    cells = cells.map(unescapeCsvCell);
    if (!(cells.length === 1 && cells[0]!.trim() === "")) records.push({ row, cells });
    cells = [];
    cell = "";
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && source[i + 1] === "\n") i += 1;
      endRecord();
      row += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoted) return { ok: false, issues: [{ row, column: "", message: "кавычка не закрыта до конца файла" }] };
  if (cell !== "" || cells.length > 0) endRecord();
  return { ok: true, value: { records, delimiter } };
}

function quoteCell(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Records as CSV text: CRLF line ends, a BOM so that spreadsheet programs read UTF-8, and
 * formula-like cells escaped (lib/csv/formula-escape.ts).
 */
export function formatCsv(records: readonly (readonly string[])[], delimiter: "," | ";" = ","): string {
  return `\uFEFF${records.map((r) => r.map((c) => quoteCell(escapeCsvCell(c), delimiter)).join(delimiter)).join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Cells

export type CellParse<T> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A condition as the grid writes it (lib/editor/condition-text.ts); "" for none. */
export function formatConditionCell(cond: TCondition | undefined): string {
  return formatCondition(cond);
}

/** A cell back into the condition on `variable` (undefined: empty cell, any value), as the grid reads it. */
export function parseConditionCell(variable: TRatingVariable, text: string): CellParse<TCondition | undefined> {
  const parsed = parseCondition(text, variable);
  return parsed.ok ? { ok: true, value: parsed.condition } : { ok: false, message: parsed.message };
}

/** A coefficient or addend; a decimal comma is read as a dot. */
export function parseValueCell(text: string, operation: TFactorTable["operation"]): CellParse<string> {
  const t = text.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
  if (t === "") return { ok: false, message: "значение не указано" };
  if (!DECIMAL.test(t)) return { ok: false, message: `«${text.trim()}»: ожидается десятичное число, например 1.05` };
  if (operation === "multiply" && !(Number(t) > 0)) return { ok: false, message: `«${t}»: коэффициент должен быть больше 0` };
  return { ok: true, value: t };
}

// ---------------------------------------------------------------------------------------------
// Tables

type TableShape = Pick<TFactorTable, "keys" | "operation" | "rows">;

/** The table's rows as CSV: keys, value, and note when any row has one. */
export function tableToCsv(table: TableShape, delimiter: "," | ";" = ","): string {
  const withNotes = table.rows.some((r) => r.note !== undefined);
  const header = [...table.keys, "value", ...(withNotes ? ["note"] : [])];
  const lines = table.rows.map((r) => [
    ...table.keys.map((k) => formatConditionCell(r.when[k])),
    r.value,
    ...(withNotes ? [r.note ?? ""] : []),
  ]);
  return formatCsv([header, ...lines], delimiter);
}

export interface CsvTable {
  rows: TableRow[];
  /** The spreadsheet row each of `rows` came from. */
  sourceRows: number[];
}

/**
 * Reads CSV rows for a table with these keys. Every problem is reported (header, then each bad
 * cell, in file order); rows come back only when there is none.
 */
export function csvToTableRows(text: string, table: Pick<TFactorTable, "keys" | "operation">): { ok: true; value: CsvTable } | { ok: false; issues: CsvIssue[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...body] = parsed.value.records;
  const expected = `${table.keys.join(", ")}, value (и, по желанию, note)`;
  if (!header) return { ok: false, issues: [{ row: 1, column: "", message: `файл пуст; первая строка — заголовок: ${expected}` }] };

  const issues: CsvIssue[] = [];
  const names = header.cells.map((c) => c.trim());
  const allowed = new Set<string>([...table.keys, "value", "note"]);
  const seen = new Set<string>();
  for (const name of names) {
    if (!allowed.has(name)) issues.push({ row: header.row, column: name, message: `неизвестный столбец «${name}»; ожидаются: ${expected}` });
    else if (seen.has(name)) issues.push({ row: header.row, column: name, message: `столбец «${name}» повторяется` });
    seen.add(name);
  }
  for (const name of [...table.keys, "value"]) {
    if (!seen.has(name)) issues.push({ row: header.row, column: name, message: `нет столбца «${name}»` });
  }
  if (issues.length > 0) return { ok: false, issues };

  const rows: TableRow[] = [];
  const sourceRows: number[] = [];
  for (const record of body) {
    if (record.cells.length > names.length) {
      issues.push({ row: record.row, column: "", message: `в строке ${record.cells.length} ячеек, а столбцов ${names.length}` });
      continue;
    }
    const cell = (name: string) => record.cells[names.indexOf(name)] ?? "";
    const when: TableRow["when"] = {};
    for (const key of table.keys) {
      const c = parseConditionCell(key, cell(key));
      if (!c.ok) issues.push({ row: record.row, column: key, message: c.message });
      else if (c.value !== undefined) when[key] = c.value;
    }
    const value = parseValueCell(cell("value"), table.operation);
    if (!value.ok) issues.push({ row: record.row, column: "value", message: value.message });
    const note = names.includes("note") ? cell("note").trim() : "";
    if (value.ok) {
      rows.push(note === "" ? { when, value: value.value } : { when, value: value.value, note });
      sourceRows.push(record.row);
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { rows, sourceRows } };
}
