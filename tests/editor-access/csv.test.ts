/** The CSV text layer on its own: quoting, delimiters, BOM, row numbers. */
import { describe, expect, it } from "vitest";
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
});
