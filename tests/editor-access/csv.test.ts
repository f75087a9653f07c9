/** The CSV text layer on its own: quoting, delimiters, BOM, row numbers. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeCsvCell, unescapeCsvCell } from "@/lib/csv/formula-escape";
import { csvToTableRows, formatCsv, parseCsv, tableToCsv } from "@/lib/editor/csv";

describe("CSV", () => {
  it("reads quoted cells with delimiters, quotes and newlines, and numbers rows as a spreadsheet does", () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\n');
    expect(parsed).toEqual({
      ok: true,
      value: {
        delimiter: ",",
        records: [
          { row: 1, cells: ["a", "b"] },
          { row: 2, cells: ["x, y", 'say "hi"'] },
          { row: 4, cells: ["two\nlines", "z"] },
        ],
      },
    });
    expect(parseCsv('a;b\n"1,5";2\n')).toMatchObject({ ok: true, value: { delimiter: ";", records: [{ cells: ["a", "b"] }, { cells: ["1,5", "2"] }] } });
    expect(parseCsv('a,b\n"open,1\n')).toMatchObject({ ok: false, issues: [{ row: 2 }] });
  });

  it("writes what it reads", () => {
    const records = [["key", "value", "note"], ["≥ 3", "1.2", 'a "quoted", note'], ["", "1", " padded "]];
    const text = formatCsv(records);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const back = parseCsv(text);
    expect(back.ok && back.value.records.map((r) => r.cells)).toEqual(records);
  });

  it("reads a table: any column order, empty cells are 'any', notes optional", () => {
    const table = { keys: ["driver.age", "driver.experienceYears"] as const, operation: "multiply" as const };
    const result = csvToTableRows("value,driver.experienceYears,driver.age\n1.5,0–2,18–22\n1,,\n", { ...table, keys: [...table.keys] });
    expect(result).toEqual({
      ok: true,
      value: {
        rows: [
          { when: { "driver.age": { gte: 18, lt: 22 }, "driver.experienceYears": { gte: 0, lt: 2 } }, value: "1.5" },
          { when: {}, value: "1" },
        ],
        sourceRows: [2, 3],
      },
    });
    const exported = tableToCsv({ keys: ["region"], operation: "multiply", rows: [{ when: { region: ["77", "50"] }, value: "1.2", note: "Москва и область" }] });
    expect(exported).toBe('\uFEFFregion,value,note\r\n"77, 50",1.2,Москва и область\r\n');
  });

  it("reports every bad cell, and extra cells", () => {
    const result = csvToTableRows("vehicle.ageYears,value\nabc,1\n2,0\n3,1,extra\n", { keys: ["vehicle.ageYears"], operation: "multiply" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "vehicle.ageYears"],
      [3, "value"],
      [4, ""],
    ]);
  });

  it("escapes cells a spreadsheet would run as formulas, and reads its own export back unchanged", () => {
    const table = {
      keys: ["region"] as ["region"],
      operation: "add" as const,
      rows: [
        { when: { region: "77" }, value: "-0.05", note: '=HYPERLINK("http://evil.example","x")' },
        { when: { region: "78" }, value: "0.1", note: "+7 495 000-00-00" },
        { when: { region: "50" }, value: "0", note: "@SUM(A1:A9)" },
        { when: {}, value: "0.2", note: "'=already quoted" },
      ],
    };
    const text = tableToCsv(table);
    const cells = (parseCsvRaw(text)).flat();
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain(`'-0.05`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain(`''=already quoted`);
    const back = csvToTableRows(text, table);
    expect(back).toEqual({ ok: true, value: { rows: table.rows, sourceRows: [2, 3, 4, 5] } });
    // A cell typed with Excel's own text prefix is read as the value behind it.
    expect(csvToTableRows("region,value\n77,'-0.05\n", table)).toMatchObject({ ok: true, value: { rows: [{ value: "-0.05" }] } });
  });

  it("escaping is reversible for every text, and nothing escaped starts a formula", () => {
    const text = fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "a", "1", " ", '"', ",", "\n") });
    fc.assert(
      fc.property(text, (cell) => {
        const escaped = escapeCsvCell(cell);
        expect(unescapeCsvCell(escaped)).toBe(cell);
        expect(escaped).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (records) => {
        const rows = records.map((r) => (r.every((c) => c.trim() === "") ? [...r.slice(0, -1), "x"] : r));
        const back = parseCsv(formatCsv(rows));
        expect(back.ok && back.value.records.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});

/** The cells exactly as written in the file (quotes removed, nothing unescaped). */
function parseCsvRaw(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, "").split("\r\n").filter((l) => l !== "")) {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        cells.push(cell);
        cell = "";
      } else cell += ch;
    }
    cells.push(cell);
    out.push(cells);
  }
  return out;
}
