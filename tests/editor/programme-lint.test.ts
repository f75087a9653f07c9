/**
 * The editor's lint warns when a programme with fewer risks can cost more than a fuller one of
 * the same book (`programme-costs-more`), pointing at the value that makes it so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintRateBook, WARNING_CODES } from "@/lib/editor/lint-rate-book";

type Obj = Record<string, unknown>;
type Json = Obj & { programmes: Obj[]; factors: Obj[] };
const read = (...path: string[]) => JSON.parse(readFileSync(join(process.cwd(), ...path), "utf8")) as Json;
const alfa = () => read("tests", "fixtures", "rate-books", "alfa", "2020-01-01.json");
const findings = (book: unknown) => lintRateBook(book).filter((i) => i.code === "programme-costs-more");

describe("lint: a programme with fewer risks costs more", () => {
  it("is a warning code", () => expect(WARNING_CODES).toContain("programme-costs-more"));

  it.each([
    ["tests/fixtures/rate-books/alfa/2020-01-01.json"],
    ["data/rate-books/ingosstrakh/2027-07-01.json"],
    ["data/rate-books/rosgosstrakh/2027-07-01.json"],
  ])("%s has none", (path) => {
    expect(findings(read(path))).toEqual([]);
  });

  it("the smaller programme's own table raising the price", () => {
    const book = alfa();
    ((book.programmes[1]!.factors as Obj[])[0]!).default = "1.1";
    expect(findings(book)).toEqual([expect.objectContaining({ severity: "warning", path: "programmes.1.factors.0.default", message: expect.stringContaining("«Бюджетная»") })]);
  });

  it("the fuller programme's own table lowering its price", () => {
    const book = alfa();
    book.programmes[0]!.factors = [{ id: "full-discount", label: { ru: "Скидка", en: "Discount" }, appliesTo: ["damage"], operation: "multiply", keys: ["vehicle.class"], rows: [], default: "0.7" }];
    expect(findings(book).map((f) => f.path)).toEqual(["programmes.0.factors.0.default"]);
  });

  it("a shared table over `program` giving the smaller programme more", () => {
    const book = alfa();
    ((book.factors[1]!.rows as Obj[])[0]!).value = "1.2";
    expect(findings(book)).toEqual([expect.objectContaining({ path: "factors.1.rows.0.value", message: expect.stringContaining("1.2 против 1") })]);
  });

  it("two flat programmes: the smaller one with the higher rate", () => {
    const book = alfa();
    book.programmes[1] = { ...book.programmes[1]!, factors: [], pricing: { type: "flat", rate: "0.03" } };
    book.programmes[0] = { ...book.programmes[0]!, pricing: { type: "flat", rate: "0.025" } };
    // The budget one's rate; and the mini one's minimum premium, above the full one's (none).
    expect(findings(book).map((f) => f.path).sort()).toEqual(["programmes.1.pricing.rate", "programmes.2.pricing.minimumPremium"]);
  });

  it("keeps its key when an unrelated row is inserted (the acknowledgement survives)", () => {
    const book = alfa();
    ((book.programmes[1]!.factors as Obj[])[0]!).default = "1.1";
    const before = findings(book)[0]!.key;
    (book.factors[0]!.rows as Obj[]).unshift({ when: { installments: 12 }, value: "1.1" });
    expect(findings(book)[0]!.key).toBe(before);
  });
});
