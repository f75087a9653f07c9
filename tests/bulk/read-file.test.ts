/**
 * Reading client lists: the three encodings (UTF-8 with and without a byte-order mark,
 * Windows-1251) and both separators give the same headers and cells; the limits are named.
 * The fixtures are real files in tests/bulk/fixtures/, written as Excel and editors save them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeClientList, MAX_CELL_LENGTH, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, readClientList } from "@/lib/bulk/read-file";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

const HEADERS = ["Клиент", "Телефон", "Модель", "Год выпуска", "Стоимость", "Регион", "Возраст", "Стаж"];
const ROWS = [
  ["Иванов Иван", "+7 900 111-22-33", "Hyundai Solaris", "2024", "1 250 000", "Иркутская", "35", "10"],
  ["Петрова; Анна, «Ёлка»", '=HYPERLINK("http://x")', "Kia Rio", "2023", "980000", "77", "28", "5"],
  ["Сидоров", "-79001234567", "Mazda 3", "2026", "2 100 000,50", "38", "45", "20"],
];

describe("reading a client list", () => {
  it.each([
    ["utf8-bom-comma.csv", "utf-8-bom", ","],
    ["utf8-semicolon.csv", "utf-8", ";"],
    ["cp1251-semicolon.csv", "windows-1251", ";"],
    ["cp1251-comma.csv", "windows-1251", ","],
  ] as const)("%s: detected as %s with %s, same cells as the others", (name, encoding, separator) => {
    const read = readClientList(fixture(name));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.list.encoding).toBe(encoding);
    expect(read.list.separator).toBe(separator);
    expect(read.list.headers).toEqual(HEADERS);
    expect(read.list.rows).toEqual(ROWS);
  });

  it("tells Windows-1251 from UTF-8 by the bytes alone", () => {
    const cp = fixture("cp1251-semicolon.csv");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(cp)).toThrow();
    expect(decodeClientList(cp).text.startsWith("Клиент;Телефон")).toBe(true);
    expect(decodeClientList(utf8("Модель;Год")).encoding).toBe("utf-8");
  });

  it("a header-only or blank file is empty; blank lines are skipped; short rows are padded", () => {
    expect(readClientList(utf8(""))).toEqual({ ok: false, problem: { code: "empty" } });
    expect(readClientList(utf8("Модель;Год\r\n"))).toEqual({ ok: false, problem: { code: "empty" } });
    const read = readClientList(utf8("Модель;Год;Цена\n\nKia Rio;2024\n  \n"));
    expect(read.ok && read.list.rows).toEqual([["Kia Rio", "2024", ""]]);
  });

  it("refuses files over the limits, naming the limit", () => {
    expect(readClientList(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: { code: "too_large", limit: MAX_FILE_BYTES } });
    const many = "Модель;Год\n" + "Kia Rio;2024\n".repeat(MAX_ROWS + 1);
    expect(readClientList(utf8(many))).toEqual({ ok: false, problem: { code: "too_many_rows", limit: MAX_ROWS, rows: MAX_ROWS + 1 } });
    const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(";") + "\n1\n";
    expect(readClientList(utf8(wide))).toEqual({ ok: false, problem: { code: "too_many_columns", limit: MAX_COLUMNS } });
    const long = `Модель;Год\nKia Rio;${"9".repeat(MAX_CELL_LENGTH + 1)}\n`;
    expect(readClientList(utf8(long))).toEqual({ ok: false, problem: { code: "cell_too_long", limit: MAX_CELL_LENGTH, row: 2 } });
  });

  it("accepts the most rows promised, and a quote left open is a named problem", () => {
    const most = "Модель;Год\n" + "Kia Rio;2024\n".repeat(MAX_ROWS);
    const read = readClientList(utf8(most));
    expect(read.ok && read.list.rows.length).toBe(MAX_ROWS);
    expect(readClientList(utf8('Модель;Год\n"Kia Rio;2024\nMazda 3;2025\n'))).toMatchObject({ ok: false, problem: { code: "not_csv" } });
  });
});
