/**
 * A client list's rows as quote requests and results: the suggested mapping from Russian and
 * English headers (and from what the agent chose before), the cells converted as agents write
 * them, errors per row and field that do not stop the other rows, and the results CSV (UTF-8
 * with BOM, comma or semicolon, every cell formula-escaped).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { mappingProblems, rememberMapping, suggestMapping } from "@/lib/bulk/fields";
import { insurerColumns, priceRows } from "@/lib/bulk/price-rows";
import { readClientList } from "@/lib/bulk/read-file";
import { resultsCsv, type ResultsCsvTexts } from "@/lib/bulk/results-csv";
import { validateRow } from "@/lib/bulk/row-request";
import { unescapeCsvCell } from "@/lib/csv/formula-escape";
import { compareSummary, parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { TODAY } from "../helpers/pricing";

const fixture = (name: string) => {
  const read = readClientList(new Uint8Array(readFileSync(join(__dirname, "fixtures", name))));
  if (!read.ok) throw new Error(read.problem.code);
  return read.list;
};

const TEXTS: ResultsCsvTexts = {
  row: "Строка",
  cheapest: "Дешевле всех",
  cheapestPremium: "Премия, ₽",
  errors: "Ошибки",
  declined: (r) => `отказ: ${r}`,
  issue: (i) => `${i.field}: ${i.message}`,
};

describe("column mapping", () => {
  it("suggests fields from Russian and English headers, keeps names and phones, leaves the unknown alone", () => {
    expect(suggestMapping(["Клиент", "Телефон", "Модель", "Год выпуска", "Стоимость", "Регион", "Возраст", "Стаж", "Цвет"])).toEqual(["keep", "keep", "model", "year", "price", "region", "driver1Age", "driver1Experience", ""]);
    expect(suggestMapping(["Name", "Car model", "Year", "Sum insured", "REGION", "Driver 1 age", "Driver 1 experience", "Driver 2 age", "Franchise", "KBM"])).toEqual(["keep", "model", "year", "price", "region", "driver1Age", "driver1Experience", "driver2Age", "franchise", ""]);
    // A field goes to the first column naming it only.
    expect(suggestMapping(["Модель", "Model"])).toEqual(["model", ""]);
  });

  it("remembers the agent's choices by header and suggests them first next time", () => {
    const remembered = rememberMapping({}, ["Марка ТС", "Цвет", "Возраст"], ["model", "keep", ""]);
    expect(remembered).toEqual({ "марка тс": "model", цвет: "keep", возраст: "" });
    expect(suggestMapping(["марка  ТС!", "Год", "ЦВЕТ", "Возраст"], remembered)).toEqual(["model", "year", "keep", ""]);
  });

  it("names fields used twice and required fields missing", () => {
    expect(mappingProblems(["model", "model", "year", "keep", ""])).toEqual({ duplicate: ["model"], missing: ["price", "region"] });
    expect(mappingProblems(["model", "year", "price", "region"])).toEqual({ duplicate: [], missing: [] });
  });
});

describe("rows as requests", () => {
  const uses = ["", "model", "year", "price", "region", "driver1Age", "driver1Experience", "franchise", "bonusMalus", "unlimited", "policyStart"] as const;
  const row = (over: Partial<Record<(typeof uses)[number], string>> = {}) => {
    const base: Record<string, string> = { model: "Солярис", year: "2024", price: "1 250 000,50", region: "Иркутская", driver1Age: "35", driver1Experience: "10", franchise: "30 000", bonusMalus: "м", unlimited: "нет", policyStart: "15.12.2026" };
    return uses.map((u) => (u === "" ? "x" : ({ ...base, ...over })[u] ?? ""));
  };

  it("converts cells as agents write them into the one request schema's request", () => {
    const outcome = validateRow(row(), uses, catalog, TODAY);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const direct = parseQuoteRequest(
      { policyStart: "2026-12-15", region: "38", vehicle: { modelId: "hyundai-solaris", year: 2024, price: "1250000.50" }, drivers: [{ age: 35, experienceYears: 10 }], franchise: { type: "fixed", amount: "30000" }, bonusMalusClass: "M", unlimitedDrivers: false },
      catalog,
      TODAY,
    );
    expect(direct.ok && outcome.request).toEqual(direct.ok ? direct.request : null);
    const percent = validateRow(row({ franchise: "2 %", policyStart: "" }), uses, catalog, TODAY);
    expect(percent.ok && [percent.request.franchise, percent.request.policyStart]).toEqual([{ type: "percent", percent: 2 }, TODAY]);
  });

  it("reports every bad field of a row by its field", () => {
    const bad = validateRow(row({ model: "Запорожец", price: "много", driver1Age: "15", year: "", unlimited: "может быть" }), uses, catalog, TODAY);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.field).sort()).toEqual(["driver1Age", "driver1Experience", "model", "price", "unlimited", "year"]);
    const experience = validateRow(row({ driver1Age: "20", driver1Experience: "10" }), uses, catalog, TODAY);
    expect(!experience.ok && experience.issues).toEqual([{ field: "driver1Experience", message: "a 20-year-old can have at most 4 years' experience" }]);
    const noDriver = validateRow(row({ driver1Age: "", driver1Experience: "" }), uses, catalog, TODAY);
    expect(!noDriver.ok && noDriver.issues.map((i) => i.field)).toEqual(["drivers"]);
  });
});

describe("pricing a list", () => {
  const library = getDiskLibrary();

  it("prices the good rows of a broken file at every insurer, as compareSummary does, and reports the others per field", () => {
    const list = fixture("broken-rows.csv");
    const uses = suggestMapping(list.headers);
    expect(uses).toEqual(["keep", "model", "year", "price", "region", "driver1Age", "driver1Experience", "franchise"]);
    const results = priceRows({ rows: list.rows, uses, from: 0, to: list.rows.length, library, catalog, today: TODAY });
    expect(results.map((r) => [r.row, r.label[0], r.issues?.map((i) => i.field) ?? "priced"])).toEqual([
      [2, "Годный Первый", "priced"],
      [3, "Нет Модели", ["model"]],
      [4, "Юный Водитель", ["driver1Age", "driver1Experience"]],
      [5, "Стаж Больше", ["driver1Experience"]],
      [6, "Цена Словами", ["price", "region"]],
      [7, "Годный Второй", "priced"],
      [8, "Без Года", ["year"]],
    ]);
    for (const r of results.filter((x) => !x.issues)) {
      const outcome = validateRow(list.rows[r.row - 2]!, uses, catalog, TODAY);
      if (!outcome.ok) throw new Error("row");
      const summary = compareSummary(outcome.request, library, catalog);
      expect(r.quotes).toEqual(summary.quotes.map((q) => [q.insurerId, q.premium]));
      expect(r.declined!.map(([id]) => id)).toEqual(summary.declined.map((d) => d.insurerId));
      expect(r.quotes!.length + r.declined!.length).toBe(library.size);
    }
  });

  it("writes the results as CSV: BOM, comma or semicolon with decimal commas, formula cells escaped, decline reasons and errors in words", () => {
    const list = fixture("utf8-semicolon.csv");
    const uses = suggestMapping(list.headers);
    const results = priceRows({ rows: list.rows, uses, from: 0, to: list.rows.length, library, catalog, today: TODAY });
    results.push({ row: 9, label: ["@evil", "+7"], issues: [{ field: "price", message: "-1" }] });
    const insurers = insurerColumns(library, TODAY);
    for (const separator of [",", ";"] as const) {
      const csv = resultsCsv(results, { locale: "ru", separator, keptHeaders: ["Клиент", "Телефон"], insurers, texts: TEXTS });
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: separator, skipEmptyLines: true }).data;
      expect(parsed[0]).toEqual(["Строка", "Клиент", "Телефон", "Дешевле всех", "Премия, ₽", ...insurers.map((i) => i.nameRu), "Ошибки"]);
      expect(parsed).toHaveLength(5);
      const [, first, second, , evil] = parsed;
      expect(first!.slice(0, 3)).toEqual(["2", "Иванов Иван", "'+7 900 111-22-33"]);
      expect(second!.slice(1, 3)).toEqual(["Петрова; Анна, «Ёлка»", `'=HYPERLINK("http://x")`]);
      expect(evil).toEqual(["9", "'@evil", "'+7", "", "", ...insurers.map(() => ""), "price: -1"]);
      // Every cell a spreadsheet would run is escaped, and unescaping gives the value back.
      for (const cell of parsed.flat()) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      expect(unescapeCsvCell(second![2]!)).toBe('=HYPERLINK("http://x")');
      const cheapest = results[0]!.quotes![0]!;
      const premium = separator === ";" ? cheapest[1].replace(".", ",") : cheapest[1];
      expect(first![3]).toBe(insurers.find((i) => i.id === cheapest[0])!.nameRu);
      expect(first![4]).toBe(premium);
      expect(first![5 + insurers.findIndex((i) => i.id === cheapest[0])]).toBe(premium);
    }
  });
});
