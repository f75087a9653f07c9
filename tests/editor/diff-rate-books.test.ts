/**
 * The rate-book diff: what an editor sees before publishing. Real rate books from data/, changed
 * one cell at a time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRateBooks, summarizeDiff, whenWords, type RateBookChange } from "@/lib/editor/diff-rate-books";
import { Decimal } from "@/lib/rating";
import { FIXTURE_RATE_BOOKS } from "@/tests/helpers/fixture-library";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DIR = FIXTURE_RATE_BOOKS;
const FILES = readdirSync(DIR).flatMap((insurer) =>
  readdirSync(join(DIR, insurer))
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(DIR, insurer, f)),
);
const TEXTS = new Map(FILES.map((f) => [f, readFileSync(f, "utf8")]));

/** A fresh, mutable copy of a rate book on disk. */
function book(insurer = "maks", edition = "2019-01-01"): Json {
  return JSON.parse(TEXTS.get(join(DIR, insurer, `${edition}.json`))!) as Json;
}

const tableIndex = (b: Json, id: string) => (b.factors as Json[]).findIndex((t) => t.id === id);
const table = (b: Json, id: string): Json => b.factors[tableIndex(b, id)];

describe("diffRateBooks", () => {
  it("finds nothing between identical books (every book on disk)", () => {
    for (const file of FILES) {
      const text = TEXTS.get(file)!;
      expect(diffRateBooks(JSON.parse(text), JSON.parse(text)), file).toEqual([]);
    }
  });

  it("one coefficient changed: one change naming the table, the row in words, before and after", () => {
    const before = book();
    const after = book();
    table(after, "driver-age-experience").rows[0].value = "2.6";
    expect(diffRateBooks(before, after)).toEqual([
      {
        kind: "changed",
        area: "factor",
        tableId: "driver-age-experience",
        rowKey: "driver.age 18–22 × driver.experienceYears 0–2",
        field: "value",
        path: `factors.${tableIndex(after, "driver-age-experience")}.rows.0.value`,
        before: "2.56",
        after: "2.6",
      },
    ]);
  });

  it("a row inserted in the middle of a table is one added row, not a cascade", () => {
    const before = book();
    const after = book();
    table(after, "region").rows.splice(2, 0, { when: { region: "38" }, value: "1.02" });
    const changes = diffRateBooks(before, after);
    expect(changes).toEqual([
      { kind: "added", area: "factor", tableId: "region", rowKey: "region 38", field: "row", path: `factors.${tableIndex(after, "region")}.rows.2`, after: "1.02" },
    ]);
  });

  it("a row removed from a table is one removed row", () => {
    const before = book();
    const after = book();
    const rows = table(after, "bonus-malus").rows as Json[];
    const seven = rows.findIndex((r) => r.when.bonusMalusClass === "7");
    rows.splice(seven, 1);
    expect(diffRateBooks(before, after)).toEqual([
      { kind: "removed", area: "factor", tableId: "bonus-malus", rowKey: "bonusMalusClass 7", field: "row", path: `factors.${tableIndex(before, "bonus-malus")}.rows.${seven}`, before: "0.896" },
    ]);
  });

  it("a row whose conditions were edited in place is one 'when' change", () => {
    const before = book();
    const after = book();
    table(after, "engine-power").rows[1].when["vehicle.powerHp"] = { gte: 200, lt: 240 };
    table(after, "engine-power").rows[2].when["vehicle.powerHp"] = { gte: 240, lt: 300 };
    const changes = diffRateBooks(before, after);
    expect(changes.map((c) => [c.kind, c.field, c.before, c.after])).toEqual([
      ["changed", "when", "vehicle.powerHp 200–250", "vehicle.powerHp 200–240"],
      ["changed", "when", "vehicle.powerHp 250–300", "vehicle.powerHp 240–300"],
    ]);
  });

  it("rows that swapped places are reported as moved (the first matching row wins)", () => {
    const before = book();
    const after = book();
    const rows = table(after, "anti-theft").rows as Json[];
    [rows[0], rows[2]] = [rows[2]!, rows[0]!];
    const changes = diffRateBooks(before, after);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.field === "position" && c.tableId === "anti-theft")).toBe(true);
  });

  it("a table added and a table removed", () => {
    const before = book();
    const added = book();
    (added.factors as Json[]).push({
      id: "telematics-load",
      label: { ru: "Телематика", en: "Telematics" },
      appliesTo: ["damage"],
      operation: "multiply",
      keys: ["telematics"],
      rows: [{ when: { telematics: true }, value: "0.95" }],
      default: "1",
    });
    expect(diffRateBooks(before, added)).toEqual([
      { kind: "added", area: "factor", tableId: "telematics-load", field: "table", path: `factors.${added.factors.length - 1}`, after: "Телематика" },
    ]);

    const removed = book();
    const parking = tableIndex(removed, "parking");
    (removed.factors as Json[]).splice(parking, 1);
    expect(diffRateBooks(before, removed)).toEqual([
      { kind: "removed", area: "factor", tableId: "parking", field: "table", path: `factors.${parking}`, before: "Хранение ночью" },
    ]);
  });

  it("a base rate changed, and one added for a new model", () => {
    const before = book();
    const after = book();
    after.components.damage.byModel["kia-rio"] = "0.08";
    after.components.theft.byModel["mazda-6"] = "0.02";
    expect(diffRateBooks(before, after)).toEqual([
      { kind: "changed", area: "base", component: "damage", rowKey: "kia-rio", field: "value", path: "components.damage.byModel.kia-rio", before: "0.0786", after: "0.08" },
      { kind: "added", area: "base", component: "theft", rowKey: "mazda-6", field: "row", path: "components.theft.byModel.mazda-6", after: "0.02" },
    ]);
  });

  it("a fallback base rate changed is a base change with the row in words", () => {
    const before = book();
    const after = book();
    after.components.theft.fallback.rows[3].value = "0.022";
    expect(diffRateBooks(before, after)).toEqual([
      { kind: "changed", area: "base", component: "theft", rowKey: "vehicle.theftRiskGroup 4", field: "value", path: "components.theft.fallback.rows.3.value", before: "0.0216", after: "0.022" },
    ]);
  });

  it("eligibility: maximum car age, a coverage withdrawn, a decline rule edited", () => {
    const before = book();
    const after = book();
    after.eligibility.maxVehicleAgeYears = 10;
    after.eligibility.coverages = ["damage", "full"];
    after.eligibility.declineWhen[0].when["vehicle.ageYears"] = { gte: 8 };
    expect(diffRateBooks(before, after)).toEqual([
      { kind: "changed", area: "eligibility", field: "maxVehicleAgeYears", path: "eligibility.maxVehicleAgeYears", before: "9", after: "10" },
      { kind: "removed", area: "eligibility", field: "coverages", path: "eligibility.coverages.2", before: "theft" },
      {
        kind: "changed",
        area: "eligibility",
        rowKey: "wear-deduction-required",
        field: "when",
        path: "eligibility.declineWhen.0.when",
        before: "coverage ∈ {full, damage} × vehicle.ageYears ≥ 7 × wearDeduction false",
        after: "coverage ∈ {full, damage} × vehicle.ageYears ≥ 8 × wearDeduction false",
      },
    ]);
  });

  it("discounts by id; minimum premium and rounding are general", () => {
    const before = book();
    const after = book();
    after.discounts.items[0].percent = "12";
    after.discounts.items.push({ id: "telematics", label: { ru: "Телематика", en: "Telematics" }, when: { telematics: true }, percent: "5" });
    after.minimumPremium = "6000";
    after.rounding.ratePercentDecimals = 3;
    const changes = diffRateBooks(before, after);
    expect(changes.map((c) => [c.kind, c.area, c.rowKey, c.field, c.before, c.after])).toEqual([
      ["changed", "discounts", "switching", "percent", "10", "12"],
      ["added", "discounts", "telematics", "discount", undefined, "Телематика: 5 % (telematics true)"],
      ["changed", "general", undefined, "minimumPremium", "5000", "6000"],
      ["changed", "general", undefined, "rounding.ratePercentDecimals", "4", "3"],
    ]);
    expect(summarizeDiff(changes)).toEqual({
      total: 4,
      byKind: { added: 1, removed: 0, changed: 3 },
      byArea: { base: 0, factor: 0, eligibility: 0, discounts: 2, general: 2 },
      byAreaAndKind: {
        base: { added: 0, removed: 0, changed: 0 },
        factor: { added: 0, removed: 0, changed: 0 },
        eligibility: { added: 0, removed: 0, changed: 0 },
        discounts: { added: 1, removed: 0, changed: 1 },
        general: { added: 0, removed: 0, changed: 2 },
      },
    });
  });

  it("labels are compared per language", () => {
    const before = book();
    const after = book();
    table(after, "credit").label.en = "Car loan";
    expect(diffRateBooks(before, after)).toEqual([
      { kind: "changed", area: "factor", tableId: "credit", field: "label.en", path: `factors.${tableIndex(after, "credit")}.label.en`, before: "Bought on credit", after: "Car loan" },
    ]);
  });

  it("decimals are compared as numbers, defaults as written, sets without order", () => {
    const before = book();
    const after = book();
    table(after, "driver-age-experience").rows[14].value = "1.10"; // was "1.1"
    table(after, "vehicle-age").rows[3].when["vehicle.ageYears"] = { gte: "3", lt: 5.0 }; // was { gte: 3, lt: 5 }
    table(after, "region").rows[3].when.region.reverse();
    table(after, "region").default = "1.000";
    after.components.damage.byModel["lada-granta"] = "0.0640";
    after.eligibility.minPrice = "150000.00";
    after.eligibility.coverages.reverse();
    after.discounts.maxTotalPercent = "30.0";
    before.rounding = { ratePercentDecimals: 4 }; // premiumDecimals defaults to 2
    const noMinimum = book();
    delete noMinimum.minimumPremium;
    const zeroMinimum = book();
    zeroMinimum.minimumPremium = "0.00";
    expect(diffRateBooks(before, after)).toEqual([]);
    expect(diffRateBooks(noMinimum, zeroMinimum)).toEqual([]);
  });

  it("a draft that does not validate is still diffed", () => {
    const before = book();
    const after = book();
    after.factors[0].rows = "oops";
    after.typo = 1;
    const changes = diffRateBooks(before, after);
    expect(changes.map((c) => [c.kind, c.field, c.path])).toEqual([
      ["changed", "rows", "factors.0.rows"],
      ["added", "typo", "typo"],
    ]);
    expect(diffRateBooks(null, before)).toHaveLength(1);
  });

  it("words for conditions follow the table's key order", () => {
    expect(whenWords({ "driver.experienceYears": { gte: 10 }, "driver.age": { lt: 25 } }, ["driver.age", "driver.experienceYears"])).toBe("driver.age < 25 × driver.experienceYears ≥ 10");
    expect(whenWords({})).toBe("any");
  });
});

// ---------------------------------------------------------------------------------------------
// Property: diff(a, a) is empty, and diff(a, b) is empty iff a and b are equal after normalisation,
// for random single-cell mutations of real rate books.

type Path = (string | number)[];

function leaves(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push(path);
  return out;
}

/** Cells holding decimals (written as strings, or range bounds written as numbers or strings). */
const DECIMAL_KEYS = new Set(["value", "default", "minimumPremium", "percent", "maxTotalPercent", "maxPercent", "minPrice", "maxPrice", "gte", "lt"]);
const isDecimalCell = (path: Path) => DECIMAL_KEYS.has(String(path[path.length - 1])) || path[path.length - 2] === "byModel";

/** The test's own normalisation: decimal cells in canonical form, everything else exact. */
function normalise(value: unknown, path: Path = []): unknown {
  if (Array.isArray(value)) return value.map((v, i) => normalise(v, [...path, i]));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, [...path, k])]));
  if (isDecimalCell(path) && (typeof value === "number" || typeof value === "string")) return `d:${new Decimal(value).toString()}`;
  return value;
}

function setAt(root: Json, path: Path, value: unknown) {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
}

function getAt(root: Json, path: Path): unknown {
  return path.reduce<any>((node, key) => node[key], root); // eslint-disable-line @typescript-eslint/no-explicit-any
}

const jsonPath = (path: Path) => path.join(".");

describe("diffRateBooks, property", () => {
  const books = FILES.map((f) => ({ file: f, leaves: leaves(JSON.parse(TEXTS.get(f)!)) }));

  const mutationArb = fc.record({
    book: fc.integer({ min: 0, max: books.length - 1 }),
    leaf: fc.nat(),
    /** For decimal cells: rewrite as an equal decimal, or change the value. */
    equivalent: fc.boolean(),
    trailingZeros: fc.integer({ min: 1, max: 3 }),
    delta: fc.integer({ min: 1, max: 999 }),
    suffix: fc.string({ minLength: 1, maxLength: 3 }),
  });

  it("diff(a, a) is empty and diff(a, b) is empty iff normalise(a) equals normalise(b)", () => {
    fc.assert(
      fc.property(mutationArb, (m) => {
        const { file, leaves: cells } = books[m.book]!;
        const a = JSON.parse(TEXTS.get(file)!) as Json;
        const b = JSON.parse(TEXTS.get(file)!) as Json;
        const path = cells[m.leaf % cells.length]!;
        const old = getAt(a, path);
        let next: unknown;
        if (isDecimalCell(path) && (typeof old === "string" || typeof old === "number")) {
          const d = new Decimal(old);
          if (m.equivalent) {
            // "1.035" → "1.0350"; a range bound 3 → "3.0" (bounds may be written either way).
            next = d.toFixed(d.decimalPlaces() + m.trailingZeros);
          } else next = d.plus(new Decimal(m.delta).div(1000)).toString();
        } else if (typeof old === "number") next = old + m.delta;
        else if (typeof old === "boolean") next = !old;
        else next = `${String(old)}${m.suffix}`;
        setAt(b, path, next);

        expect(diffRateBooks(a, JSON.parse(TEXTS.get(file)!))).toEqual([]);
        const same = JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
        const forward = diffRateBooks(a, b);
        const backward = diffRateBooks(b, a);
        expect(forward.length === 0, `${file} ${jsonPath(path)}: ${JSON.stringify(old)} → ${JSON.stringify(next)}\n${JSON.stringify(forward)}`).toBe(same);
        expect(backward.length === 0).toBe(same);
        // A coefficient or base rate changed in place: exactly one change, at that cell.
        const last = path[path.length - 1];
        const isCell = !path.includes("when") && (last === "value" || path[path.length - 2] === "byModel");
        if (!same && isCell) {
          expect(forward).toHaveLength(1);
          expect(forward[0]!.path).toBe(jsonPath(path));
          expect(forward[0]!.kind).toBe("changed" satisfies RateBookChange["kind"]);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
