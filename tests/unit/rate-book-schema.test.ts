/**
 * A broken rate book must be refused when it is loaded, with the path of the offending field and
 * the reason, never priced. Each case breaks one thing in an otherwise valid book.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRateBook, parseRateBook, RatingError } from "@/lib/rating";

const ROOT = join(process.cwd(), "data", "rate-books");
type Table = { id: string; operation: string; keys: string[]; rows: { when: Record<string, unknown>; value: string }[]; default?: string };
type Book = {
  id: string;
  factors: Table[];
  components: Record<"damage" | "theft", { byModel: Record<string, string>; fallback: { rows: { value: string }[] } }>;
  discounts: { items: { percent: string }[] };
  [field: string]: unknown;
};

/** A fresh copy of a known-good book to break. */
function goodBook(): Book {
  return JSON.parse(readFileSync(join(ROOT, "renaissance", "2019-01-01.json"), "utf8"));
}
const indexOf = (book: Book, id: string) => book.factors.findIndex((t) => t.id === id);

function rejection(book: unknown): RatingError {
  try {
    parseRateBook(book, "broken.json");
  } catch (e) {
    expect(e).toBeInstanceOf(RatingError);
    return e as RatingError;
  }
  throw new Error("the broken rate book was accepted");
}

describe("the rate books on disk", () => {
  const files = readdirSync(ROOT).flatMap((insurer) => readdirSync(join(ROOT, insurer)).map((f) => join(insurer, f)));
  it("are nine files (two in format 2)", () => expect(files).toHaveLength(9));
  it.each(files)("%s is valid", (file) => {
    expect(() => loadRateBook(JSON.parse(readFileSync(join(ROOT, file), "utf8")), file)).not.toThrow();
  });
});

const G = goodBook();
const VEHICLE_AGE = indexOf(G, "vehicle-age");
const REGION = indexOf(G, "region");
const CREDIT = indexOf(G, "credit");

const BROKEN: [name: string, breakIt: (b: Book) => void, path: string, reason: string][] = [
  ["a coefficient of 0", (b) => (b.factors[VEHICLE_AGE]!.rows[1]!.value = "0"), `factors.${VEHICLE_AGE}.rows.1.value`, "a coefficient must be greater than 0"],
  ["a negative coefficient", (b) => (b.factors[VEHICLE_AGE]!.rows[2]!.value = "-1.05"), `factors.${VEHICLE_AGE}.rows.2.value`, "a coefficient must be greater than 0"],
  ["a default coefficient of 0", (b) => (b.factors[REGION]!.default = "0"), `factors.${REGION}.default`, "greater than 0"],
  // A negative default would even turn positive again when multiplied by a negative fallback base.
  ["a negative default coefficient", (b) => (b.factors[REGION]!.default = "-1"), `factors.${REGION}.default`, "greater than 0"],
  ["a negative base rate in the theft-group fallback", (b) => (b.components.theft.fallback.rows[1]!.value = "-0.0048"), "components.theft.fallback.rows.1.value", "greater than 0"],
  ["a base rate of 0 in the class fallback", (b) => (b.components.damage.fallback.rows[0]!.value = "0"), "components.damage.fallback.rows.0.value", "greater than 0"],
  ["a base rate of 0 for a model", (b) => (b.components.theft.byModel["kia-rio"] = "0"), "components.theft.byModel.kia-rio", "must be greater than 0"],
  ["a coefficient written as a number", (b) => ((b.factors[VEHICLE_AGE]!.rows[1] as unknown as { value: number }).value = 1.02), `factors.${VEHICLE_AGE}.rows.1.value`, ""],
  ["an unknown variable as a key", (b) => (b.factors[VEHICLE_AGE]!.keys = ["vehicle.colour"]), `factors.${VEHICLE_AGE}.keys.0`, "Invalid option"],
  ["an unknown variable in a row", (b) => (b.factors[VEHICLE_AGE]!.rows[0]!.when = { "vehicle.colour": "red" }), `factors.${VEHICLE_AGE}.rows.0.when`, "vehicle.colour"],
  ["a row over a variable that is not a key", (b) => (b.factors[VEHICLE_AGE]!.rows[0]!.when = { region: "77" }), `factors.${VEHICLE_AGE}.rows.0.when.region`, "not one of the table's keys"],
  ["a range on a non-numeric variable", (b) => (b.factors[REGION]!.rows[0]!.when = { region: { gte: 70, lt: 80 } }), `factors.${REGION}.rows.0.when.region`, "not numeric; a range cannot apply"],
  ["a number written as a string on a numeric variable", (b) => (b.factors[VEHICLE_AGE]!.rows[0]!.when = { "vehicle.ageYears": "0" }), `factors.${VEHICLE_AGE}.rows.0.when.vehicle.ageYears`, "is a number; write 3, not \"3\""],
  ["an empty range", (b) => (b.factors[VEHICLE_AGE]!.rows[3]!.when = { "vehicle.ageYears": {} }), `factors.${VEHICLE_AGE}.rows.3.when.vehicle.ageYears`, "a range needs gte, lt or both"],
  ["an inverted range", (b) => (b.factors[VEHICLE_AGE]!.rows[3]!.when = { "vehicle.ageYears": { gte: 5, lt: 3 } }), `factors.${VEHICLE_AGE}.rows.3.when.vehicle.ageYears`, "gte must be below lt"],
  ["duplicate table ids", (b) => (b.factors[VEHICLE_AGE + 1]!.id = "vehicle-age"), `factors.${VEHICLE_AGE + 1}.id`, 'duplicate table id "vehicle-age"'],
  ["a table with neither rows nor a default", (b) => (b.factors[CREDIT]!.rows = []), `factors.${CREDIT}.rows`, "a table needs rows or a default"],
  ["a driver table that adds", (b) => (b.factors[indexOf(b, "driver-age-experience")]!.operation = "add"), `factors.${indexOf(G, "driver-age-experience")}.operation`, "tables over driver variables must multiply"],
  ["a discount of 100 %", (b) => (b.discounts.items[0]!.percent = "100"), "discounts.items.0.percent", "a discount must be below 100 %"],
  ["an id not starting with the insurer id", (b) => (b.id = "other-2019-01-01"), "id", "must start with the insurer id"],
  ["an unknown top-level field", (b) => (b.tarif = {}), "(root)", "tarif"],
  // Sizes: every text a calculator page shows is bounded (a 200 000-character note was sent with every calculation).
  ["a 200 000-character rate-book note", (b) => ((b as unknown as { notes: { ru: string; en: string }[] }).notes = [{ ru: "я".repeat(200_000), en: "x" }]), "notes.0.ru", "at most 2000 characters"],
  ["a 501-character row note", (b) => ((b.factors[VEHICLE_AGE]!.rows[0] as { note?: string }).note = "n".repeat(501)), `factors.${VEHICLE_AGE}.rows.0.note`, "at most 500 characters"],
  ["a 201-character table label", (b) => ((b.factors[VEHICLE_AGE] as unknown as { label: { ru: string } }).label.ru = "л".repeat(201)), `factors.${VEHICLE_AGE}.label.ru`, "at most 200 characters"],
  ["a 201-character insurer name", (b) => ((b as unknown as { insurer: { name: { en: string } } }).insurer.name.en = "N".repeat(201)), "insurer.name.en", "at most 200 characters"],
  ["a 10 000-character condition value", (b) => (b.factors[REGION]!.rows[0]!.when = { region: "7".repeat(10_000) }), `factors.${REGION}.rows.0.when.region`, ""],
  ["501 rows in a table", (b) => (b.factors[VEHICLE_AGE]!.rows = Array.from({ length: 501 }, () => ({ when: {}, value: "1" }))), `factors.${VEHICLE_AGE}.rows`, "at most 500 entries"],
];

describe("a broken rate book is rejected with path and reason", () => {
  it.each(BROKEN)("%s", (_name, breakIt, path, reason) => {
    const book = goodBook();
    breakIt(book);
    const error = rejection(book);
    expect(error.code).toBe("invalid_rate_book");
    expect(error.message).toContain("broken.json");
    const line = error.message.split("\n").find((l) => l.startsWith(`  at ${path}: `));
    expect(line, `no issue at ${path} in:\n${error.message}`).toBeDefined();
    expect(line).toContain(reason);
  });

  it("an add table may contain 0 (no loading)", () => {
    const book = goodBook();
    book.factors[CREDIT] = { ...book.factors[CREDIT]!, operation: "add", rows: [{ when: { "vehicle.credit": true }, value: "0.004" }, { when: { "vehicle.credit": false }, value: "0" }] };
    expect(() => parseRateBook(book, "ok.json")).not.toThrow();
  });
});
