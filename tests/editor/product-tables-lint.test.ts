/** An add-on's price table checked as a grid: amounts, repeated rows, region codes (lib/editor/price-table.ts). */
import { describe, expect, it } from "vitest";
import { priceTableIssues } from "@/lib/editor/price-table";
import { lintRateBook } from "@/lib/editor/lint-rate-book";
import { catalog } from "@/lib/catalog";
import ingosstrakh from "@/data/rate-books/ingosstrakh/2027-07-01.json";
import rosgosstrakh from "@/data/rate-books/rosgosstrakh/2027-07-01.json";

const regionCodes = catalog.regions;
type Row = { when: Record<string, unknown>; value: unknown; note?: string };

function bookWith(rows: Row[], basis: "amount" | "rate" = "amount") {
  const book = structuredClone(ingosstrakh) as unknown as { addOns: { id: string; price: Record<string, unknown> }[] };
  const dsago = book.addOns.findIndex((a) => a.id === "dsago");
  book.addOns[dsago]!.price = { basis, keys: ["region", "addOn.sumInsured", "addOn.trailer"], rows };
  return { book, dsago };
}

const row = (region: unknown, sum: number, value: unknown): Row => ({ when: { region, "addOn.sumInsured": sum, "addOn.trailer": false }, value });

describe("priceTableIssues", () => {
  it("finds nothing in the demonstration books", () => {
    expect(priceTableIssues(ingosstrakh, { regionCodes })).toEqual([]);
    expect(priceTableIssues(rosgosstrakh, { regionCodes })).toEqual([]);
  });

  const cases: { name: string; rows: Row[]; basis?: "amount" | "rate"; expected: { code: string; at: string; message: RegExp }[] }[] = [
    { name: "whole rubles and kopecks", rows: [row("77", 500000, "1500"), row("78", 500000, "1500.5"), row("50", 500000, "1500.25")], expected: [] },
    { name: "a third decimal of a ruble", rows: [row("77", 500000, "1500.255")], expected: [{ code: "price-amount", at: "rows.0.value", message: /не больше двух знаков/ }] },
    { name: "a comma instead of a point", rows: [row("77", 500000, "1500,5")], expected: [{ code: "price-amount", at: "rows.0.value", message: /число через точку/ }] },
    { name: "a zero price", rows: [row("77", 500000, "0")], expected: [{ code: "price-amount", at: "rows.0.value", message: /больше 0/ }] },
    { name: "a negative price", rows: [row("77", 500000, "-10")], expected: [{ code: "price-amount", at: "rows.0.value", message: /число через точку/ }] },
    { name: "a number, not text", rows: [row("77", 500000, 1500)], expected: [{ code: "price-amount", at: "rows.0.value", message: /Введите цену/ }] },
    {
      name: "the same conditions twice (list order does not matter)",
      rows: [row(["77", "78"], 500000, "1500"), row("50", 500000, "1200"), row(["78", "77"], 500000, "1600")],
      expected: [{ code: "duplicate-row", at: "rows.2.when.region", message: /ряд 3 повторяет условия ряда 1/ }],
    },
    { name: "same region, another sum: not a repeat", rows: [row("77", 500000, "1500"), row("77", 1000000, "2400")], expected: [] },
    { name: "a region the catalog does not have", rows: [row(["77", "99"], 500000, "1500")], expected: [{ code: "unknown-region", at: "rows.0.when.region", message: /Нет такого региона: 99/ }] },
    { name: "no region condition: any region", rows: [{ when: { "addOn.sumInsured": 500000 }, value: "1500" }], expected: [] },
    { name: "a rate table: fractions, any precision", basis: "rate", rows: [row("77", 500000, "0.0015"), row("78", 500000, "0")], expected: [{ code: "price-amount", at: "rows.1.value", message: /Ставка должна быть больше 0/ }] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { book, dsago } = bookWith(c.rows, c.basis);
      const issues = priceTableIssues(book, { regionCodes });
      expect(issues.map((i) => ({ code: i.code, at: i.path.replace(`addOns.${dsago}.price.`, ""), message: i.message }))).toEqual(c.expected.map((e) => ({ ...e, message: expect.stringMatching(e.message) })));
      for (const i of issues) expect(i).toMatchObject({ severity: "error", tableId: "add-on dsago" });
    });
  }

  it("checks regions only when given the catalog's codes", () => {
    const { book } = bookWith([row("99", 500000, "1500")]);
    expect(priceTableIssues(book)).toEqual([]);
  });

  it("is part of the editor's check, at the cell, once per cell", () => {
    const { book, dsago } = bookWith([row("77", 500000, "1500"), row("77", 500000, "1500.001"), row("98", 1000000, "2400")]);
    const issues = lintRateBook(book, { regionCodes }).filter((i) => i.path.startsWith(`addOns.${dsago}`));
    expect(issues.map((i) => [i.code, i.path, i.row, i.column])).toEqual([
      ["price-amount", `addOns.${dsago}.price.rows.1.value`, 2, "value"],
      ["duplicate-row", `addOns.${dsago}.price.rows.1.when.region`, 2, "region"],
      ["unknown-region", `addOns.${dsago}.price.rows.2.when.region`, 3, "region"],
    ]);
  });

  it("never throws on a broken table", () => {
    for (const price of [{ basis: "amount", rows: "x" }, { basis: "amount", rows: [null] }, { basis: "amount", keys: [1], rows: [{ when: 3, value: "1" }] }]) {
      const book = structuredClone(ingosstrakh) as unknown as { addOns: { price: unknown }[] };
      book.addOns[1]!.price = price;
      expect(() => priceTableIssues(book, { regionCodes })).not.toThrow();
      expect(() => lintRateBook(book, { regionCodes })).not.toThrow();
    }
  });
});

describe("lint of a programme's own tables", () => {
  it("checks them like the shared tables, named by programme and table", () => {
    const book = structuredClone(ingosstrakh) as unknown as { programmes: { factors?: { rows: unknown[]; default?: string }[] }[] };
    const table = book.programmes[1]!.factors![0]!;
    table.rows = [
      { when: { "vehicle.class": "suv" }, value: "0.9" },
      { when: { "vehicle.class": "suv" }, value: "0.8" },
      { when: { "vehicle.class": "van" }, value: "-1" },
    ];
    const issues = lintRateBook(book).filter((i) => i.path.startsWith("programmes.1"));
    expect(issues.map((i) => [i.code, i.path, i.tableId, i.row])).toEqual([
      ["schema", "programmes.1.factors.0.rows.2.value", "programme budget / budget-franchise", 3],
      ["duplicate-row", 'programmes.1.factors.0.rows.1.when["vehicle.class"]', "programme budget / budget-franchise", 2],
    ]);
  });
});

describe("lint of a format-2 book's instalment coefficients", () => {
  it("flags a count offered (any of 1–12) without a row in the instalment table, and not once the row is there", () => {
    const book = structuredClone(ingosstrakh) as unknown as { eligibility: { installments: number[] }; factors: { id: string; rows: { when: Record<string, unknown>; value: string }[] }[] };
    book.eligibility.installments = [1, 2, 3, 4, 5, 6, 12];
    const flagged = lintRateBook(book).filter((i) => i.code === "value-not-covered");
    expect(flagged).toEqual([expect.objectContaining({ severity: "warning", tableId: "installments", message: expect.stringMatching(/^нет значения для installments: 5 — /) })]);
    book.factors.find((t) => t.id === "installments")!.rows.push({ when: { installments: 5 }, value: "1.055" });
    expect(lintRateBook(book).filter((i) => i.code === "value-not-covered")).toEqual([]);
  });
});
