/**
 * Reading an uploaded client list: the bytes decoded (UTF-8 with or without a byte-order mark,
 * or Windows-1251 as Russian Excel saves "CSV"), then parsed by papaparse with the separator
 * detected (comma or semicolon). Limits are checked here, before anything is stored. Pure; no I/O.
 */
import Papa from "papaparse";

/** The largest file accepted (bytes). 10 000 rows of a typical list are about 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The most data rows accepted in one file (the product promises at least 5 000). */
export const MAX_ROWS = 10_000;
export const MAX_COLUMNS = 60;
/** The longest cell kept; a longer one is refused rather than cut. */
export const MAX_CELL_LENGTH = 500;

export type FileEncoding = "utf-8" | "utf-8-bom" | "windows-1251";
export type Separator = "," | ";";

export interface ClientList {
  encoding: FileEncoding;
  separator: Separator;
  headers: string[];
  /** Data rows, each as long as `headers` (short rows padded with ""). */
  rows: string[][];
}

/** Why a file was refused, as a code the page words in the agent's language. */
export type FileProblem =
  | { code: "empty" }
  | { code: "too_large"; limit: number }
  | { code: "too_many_rows"; limit: number; rows: number }
  | { code: "too_many_columns"; limit: number }
  | { code: "cell_too_long"; limit: number; row: number }
  | { code: "no_header" }
  | { code: "not_csv"; row: number };

/** The text of the file: UTF-8 (a BOM removed) when the bytes are valid UTF-8, else Windows-1251. */
export function decodeClientList(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Cyrillic in Windows-1251 is never valid UTF-8 (a lead byte 0xC0–0xFF must be followed by 0x80–0xBF).
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

/** Comma or semicolon: the one that splits the header line into more fields (outside quotes); semicolon on a tie of > 1. */
function detectSeparator(text: string): Separator {
  const firstLine = text.slice(0, Math.min(text.length, 64 * 1024)).split(/\r\n|\n|\r/, 1)[0] ?? "";
  const count = (sep: Separator) => Papa.parse<string[]>(firstLine, { delimiter: sep }).data[0]?.length ?? 0;
  return count(";") >= count(",") && count(";") > 1 ? ";" : count(",") > 1 ? "," : ";";
}

/** Parses a client list; every limit is checked and named. */
export function readClientList(bytes: Uint8Array): { ok: true; list: ClientList } | { ok: false; problem: FileProblem } {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { code: "too_large", limit: MAX_FILE_BYTES } };
  const { text, encoding } = decodeClientList(bytes);
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) return { ok: false, problem: { code: "not_csv", row: (fatal.row ?? 0) + 1 } };
  const [header, ...rest] = parsed.data;
  const headers = (header ?? []).map((h) => h.trim());
  if (headers.length === 0 || headers.every((h) => h === "")) return { ok: false, problem: { code: "no_header" } };
  if (headers.length > MAX_COLUMNS) return { ok: false, problem: { code: "too_many_columns", limit: MAX_COLUMNS } };
  if (rest.length === 0) return { ok: false, problem: { code: "empty" } };
  if (rest.length > MAX_ROWS) return { ok: false, problem: { code: "too_many_rows", limit: MAX_ROWS, rows: rest.length } };
  const rows: string[][] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const raw = rest[i]!;
    const row = headers.map((_, c) => (raw[c] ?? "").trim());
    if (row.some((cell) => cell.length > MAX_CELL_LENGTH)) return { ok: false, problem: { code: "cell_too_long", limit: MAX_CELL_LENGTH, row: i + 2 } };
    rows.push(row);
  }
  // Unnamed columns get a name, so that each can be mapped and told apart.
  const named = headers.map((h, i) => h || `#${i + 1}`);
  return { ok: true, list: { encoding, separator, headers: named, rows } };
}
