/**
 * Every factor table of every insurer's current rate book, probed at its band edges through the
 * engine: price a request on either side of an edge and read the value the worksheet step reports.
 * The expected values are written out from seeds/demo-tariffs/profiles.ts, so a change to a rate
 * book (or to how the engine matches a band) shows up here as a concrete cell.
 *
 * Columns of every expectation: renaissance, rosgosstrakh, liberty, maks, surgutneftegaz, ingosstrakh.
 * A cell is the step value, NONE (the insurer has no such table: no step), or a decline code.
 */
import { describe, expect, it } from "vitest";
import { selectEdition } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { declineCodes, factorValue, findQuote, INSURERS, POLICY_START, price, stepsFor, type RequestPatch } from "@/tests/helpers/pricing";

const NONE = "none";
type Cell = string | typeof NONE | { declined: string };
type Six = readonly [Cell, Cell, Cell, Cell, Cell, Cell];
type Edge = readonly [edge: string, patch: RequestPatch, expected: Six];

const all = (value: string): Six => [value, value, value, value, value, value];
const declined = (code: string) => ({ declined: code });

/** Older cars: insurer-garage repair and wear deduction keep the age-related decline rules out of the way. */
const OLD_CAR = { repair: "insurer-garage", wearDeduction: true };
const car = (year: number): RequestPatch => ({ ...OLD_CAR, vehicle: { year } });
const driver = (age: number, experienceYears: number): RequestPatch => ({ driver: { age, experienceYears } });
const franchise = (f: Record<string, unknown>): RequestPatch => ({ franchise: f });

const TABLES: Record<string, readonly Edge[]> = {
  "vehicle-age": [
    ["new (0 years)", car(2026), all("1")],
    ["next year's model counts as new", car(2027), all("1")],
    ["1 year", car(2025), ["1.02", "1.02", "1.03", "1.01", "1.03", "1.02"]],
    ["2 years", car(2024), ["1.03", "1.04", "1.05", "1.02", "1.05", "1.04"]],
    ["3 years", car(2023), ["1.04", "1.05", "1.06", "1.035", "1.065", "1.05"]],
    ["4 years", car(2022), ["1.04", "1.05", "1.06", "1.035", "1.065", "1.05"]],
    ["5 years", car(2021), ["1.08", "1.09", "1.1", "1.07", "1.1", "1.08"]],
    ["7 years", car(2019), ["1.08", "1.09", "1.1", "1.07", "1.1", "1.08"]],
    ["8 years", car(2018), ["1.15", "1.16", "1.18", "1.12", "1.2", "1.14"]],
    ["9 years", car(2017), ["1.15", "1.16", declined("vehicle_too_old"), "1.12", declined("vehicle_too_old"), "1.14"]],
    ["10 years", car(2016), ["1.15", "1.16", declined("vehicle_too_old"), declined("vehicle_too_old"), declined("vehicle_too_old"), "1.14"]],
  ],
  "driver-age-experience": [
    ["18, 0 years", driver(18, 0), ["2.56", "2.5575", "2.635", "2.56", "2.48", declined("driver_too_inexperienced")]],
    ["18, 1 year", driver(18, 1), ["2.56", "2.5575", "2.635", "2.56", "2.48", "2.56"]],
    ["21, 5 years", driver(21, 5), ["1.68", "1.643", "1.785", "1.68", "1.674", "1.712"]],
    ["22, 5 years", driver(22, 5), ["1.365", "1.378", "1.4175", "1.365", "1.404", "1.4124"]],
    ["24, 5 years", driver(24, 5), ["1.365", "1.378", "1.4175", "1.365", "1.404", "1.4124"]],
    ["25, 5 years", driver(25, 5), ["1.155", "1.1872", "1.176", "1.155", "1.188", "1.1984"]],
    ["29, 10 years", driver(29, 10), ["1.1", "1.12", "1.12", "1.1", "1.1", "1.12"]],
    ["30, 10 years", driver(30, 10), ["1", "1.04", "1.03", "1.02", "1.03", "1.05"]],
    ["34, 10 years", driver(34, 10), ["1", "1.04", "1.03", "1.02", "1.03", "1.05"]],
    ["35, 10 years", driver(35, 10), all("1")],
    ["59, 20 years", driver(59, 20), all("1")],
    ["60, 20 years", driver(60, 20), ["1.05", "1.06", "1.05", "1.04", "1.08", "1.05"]],
    ["64, 20 years", driver(64, 20), ["1.05", "1.06", "1.05", "1.04", "1.08", "1.05"]],
    ["65, 20 years", driver(65, 20), ["1.2", "1.25", "1.2", "1.18", "1.25", "1.2"]],
    ["75, 40 years", driver(75, 40), ["1.2", "1.25", "1.2", "1.18", "1.25", "1.2"]],
    ["76, 40 years", driver(76, 40), ["1.2", "1.25", "1.2", "1.18", declined("driver_too_old"), "1.2"]],
    ["40, 0 years", driver(40, 0), ["1.6", "1.65", "1.55", "1.6", "1.6", declined("driver_too_inexperienced")]],
    ["40, 1 year", driver(40, 1), ["1.6", "1.65", "1.55", "1.6", "1.6", "1.6"]],
    ["40, 2 years", driver(40, 2), ["1.35", "1.4", "1.3", "1.35", "1.35", "1.38"]],
    ["40, 3 years", driver(40, 3), ["1.15", "1.2", "1.15", "1.18", "1.2", "1.18"]],
    ["40, 4 years", driver(40, 4), ["1.15", "1.2", "1.15", "1.18", "1.2", "1.18"]],
    ["40, 5 years", driver(40, 5), ["1.05", "1.06", "1.05", "1.05", "1.08", "1.07"]],
    ["40, 9 years", driver(40, 9), ["1.05", "1.06", "1.05", "1.05", "1.08", "1.07"]],
    ["40, 10 years", driver(40, 10), all("1")],
  ],
  "driver-sex": [
    ["male", { driver: { sex: "male" } }, [NONE, NONE, NONE, NONE, NONE, "1"]],
    ["female", { driver: { sex: "female" } }, [NONE, NONE, NONE, NONE, NONE, "0.93"]],
  ],
  "driver-marital-status": [
    ["married", { driver: { married: true } }, [NONE, "1", "1", NONE, NONE, "1"]],
    ["not married", { driver: { married: false } }, [NONE, "1.05", "1.04", NONE, NONE, "1.05"]],
  ],
  "driver-children": [
    ["with children", { driver: { hasChildren: true } }, ["1", NONE, NONE, NONE, NONE, NONE]],
    ["without children", { driver: { hasChildren: false } }, ["1.03", NONE, NONE, NONE, NONE, NONE]],
  ],
  "unlimited-drivers": [
    ["named drivers", {}, all("1")],
    ["unlimited", { unlimitedDrivers: true, drivers: [] }, ["1.85", "1.9", "1.8", "1.75", declined("unlimited_drivers_not_offered"), "1.9"]],
  ],
  "bonus-malus": [
    ["M", { bonusMalusClass: "M" }, ["1.6", "1.54", "1.66", "1.48", "1.42", "1.66"]],
    ["0", { bonusMalusClass: "0" }, ["1.45", "1.405", "1.495", "1.36", "1.315", "1.495"]],
    ["1", { bonusMalusClass: "1" }, ["1.3", "1.27", "1.33", "1.24", "1.21", "1.33"]],
    ["2", { bonusMalusClass: "2" }, ["1.15", "1.135", "1.165", "1.12", "1.105", "1.165"]],
    ["3", { bonusMalusClass: "3" }, all("1")],
    ["4", { bonusMalusClass: "4" }, ["0.96", "0.964", "0.956", "0.968", "0.972", "0.956"]],
    ["5", { bonusMalusClass: "5" }, ["0.93", "0.937", "0.923", "0.944", "0.951", "0.923"]],
    ["6", { bonusMalusClass: "6" }, ["0.9", "0.91", "0.89", "0.92", "0.93", "0.89"]],
    ["7", { bonusMalusClass: "7" }, ["0.87", "0.883", "0.857", "0.896", "0.909", "0.857"]],
    ["8", { bonusMalusClass: "8" }, ["0.85", "0.865", "0.835", "0.88", "0.895", "0.835"]],
    ["9", { bonusMalusClass: "9" }, ["0.83", "0.847", "0.813", "0.864", "0.881", "0.813"]],
    ["10", { bonusMalusClass: "10" }, ["0.81", "0.829", "0.791", "0.848", "0.867", "0.791"]],
    ["11", { bonusMalusClass: "11" }, ["0.79", "0.811", "0.769", "0.832", "0.853", "0.769"]],
    ["12", { bonusMalusClass: "12" }, ["0.77", "0.793", "0.747", "0.816", "0.839", "0.747"]],
    ["13", { bonusMalusClass: "13" }, ["0.75", "0.775", "0.725", "0.8", "0.825", "0.725"]],
  ],
  "engine-power": [
    ["199 hp", { vehicle: { powerHp: 199 } }, all("1")],
    ["200 hp", { vehicle: { powerHp: 200 } }, ["1.05", "1.04", "1.05", "1.03", "1.05", "1.04"]],
    ["249 hp", { vehicle: { powerHp: 249 } }, ["1.05", "1.04", "1.05", "1.03", "1.05", "1.04"]],
    ["250 hp", { vehicle: { powerHp: 250 } }, ["1.1", "1.08", "1.12", "1.08", "1.1", "1.1"]],
    ["299 hp", { vehicle: { powerHp: 299 } }, ["1.1", "1.08", "1.12", "1.08", "1.1", "1.1"]],
    ["300 hp", { vehicle: { powerHp: 300 } }, ["1.2", "1.15", "1.25", "1.15", "1.2", "1.18"]],
  ],
  "sum-insured-band": [
    ["399 999.99", { vehicle: { price: "399999.99" } }, all("1.1")],
    ["400 000", { vehicle: { price: 400000 } }, all("1")],
    ["1 499 999.99", { vehicle: { price: "1499999.99" } }, all("1")],
    ["1 500 000", { vehicle: { price: 1500000 } }, all("0.95")],
    ["2 999 999.99", { vehicle: { price: "2999999.99" } }, all("0.95")],
    ["3 000 000", { vehicle: { price: 3000000 } }, all("0.9")],
  ],
  region: [
    ["38 Irkutsk (default)", { region: "38" }, all("1")],
    ["77 Moscow", { region: "77" }, ["1.12", "1.1", "1.13", "1.11", "1.08", "1.12"]],
    ["78 St Petersburg", { region: "78" }, ["1.08", "1.07", "1.09", "1.08", "1.06", "1.09"]],
    ["50 Moscow oblast", { region: "50" }, ["1.07", "1.06", "1.07", "1.06", "1.05", "1.07"]],
    ["16 Tatarstan (big city)", { region: "16" }, ["1.04", "1.03", "1.05", "1.04", "1.03", "1.05"]],
    ["74 Chelyabinsk (big city)", { region: "74" }, ["1.04", "1.03", "1.05", "1.04", "1.03", "1.05"]],
    ["91 Crimea", { region: "91" }, [declined("region_not_served"), "1", declined("region_not_served"), "1", "1", declined("region_not_served")]],
  ],
  "anti-theft": [
    ["none", { vehicle: { antiTheft: "none" } }, ["1.25", "1.2", "1.3", "1.2", "1.3", "1.25"]],
    ["standard", { vehicle: { antiTheft: "standard" } }, all("1")],
    ["satellite", { vehicle: { antiTheft: "satellite" } }, ["0.75", "0.8", "0.7", "0.8", "0.75", "0.75"]],
  ],
  parking: [
    ["street", { vehicle: { parking: "street" } }, all("1")],
    ["guarded", { vehicle: { parking: "guarded" } }, ["0.92", "0.93", "0.9", "0.92", "0.9", "0.92"]],
    ["garage", { vehicle: { parking: "garage" } }, ["0.85", "0.88", "0.85", "0.87", "0.85", "0.85"]],
  ],
  // Liberty and Ingosstrakh add a loading to the damage rate instead of multiplying.
  credit: [
    ["no credit", { vehicle: { credit: false } }, ["1", "1", "0", "1", "1", "0"]],
    ["credit", { vehicle: { credit: true } }, ["1.05", "1.06", "0.004", "1.05", "1.07", "0.005"]],
  ],
  franchise: [
    ["none", franchise({ type: "none" }), all("1")],
    ["fixed 1", franchise({ type: "fixed", amount: 1 }), all("0.95")],
    ["fixed 9 999", franchise({ type: "fixed", amount: 9999 }), all("0.95")],
    ["fixed 10 000", franchise({ type: "fixed", amount: 10000 }), all("0.9")],
    ["fixed 19 999.99", franchise({ type: "fixed", amount: "19999.99" }), all("0.9")],
    ["fixed 20 000", franchise({ type: "fixed", amount: 20000 }), all("0.85")],
    ["fixed 29 999", franchise({ type: "fixed", amount: 29999 }), all("0.85")],
    ["fixed 30 000", franchise({ type: "fixed", amount: 30000 }), all("0.8")],
    ["fixed 49 999", franchise({ type: "fixed", amount: 49999 }), all("0.8")],
    ["fixed 50 000", franchise({ type: "fixed", amount: 50000 }), all("0.72")],
    ["fixed 99 999", franchise({ type: "fixed", amount: 99999 }), all("0.72")],
    ["fixed 100 000", franchise({ type: "fixed", amount: 100000 }), all("0.65")],
    ["percent 0.01", franchise({ type: "percent", percent: 0.01 }), all("0.9")],
    ["percent 0.99", franchise({ type: "percent", percent: 0.99 }), all("0.9")],
    ["percent 1", franchise({ type: "percent", percent: 1 }), all("0.85")],
    ["percent 1.99", franchise({ type: "percent", percent: 1.99 }), all("0.85")],
    ["percent 2", franchise({ type: "percent", percent: 2 }), all("0.8")],
    ["percent 2.99", franchise({ type: "percent", percent: 2.99 }), all("0.8")],
    ["percent 3", franchise({ type: "percent", percent: 3 }), all("0.75")],
    ["percent 4.99", franchise({ type: "percent", percent: 4.99 }), all("0.75")],
    ["percent 5", franchise({ type: "percent", percent: 5 }), all("0.68")],
    ["percent 9.99", franchise({ type: "percent", percent: 9.99 }), all("0.68")],
    ["percent 10", franchise({ type: "percent", percent: 10 }), all("0.6")],
    ["percent 50", franchise({ type: "percent", percent: 50 }), all("0.6")],
    ["from the 2nd claim 29 999", franchise({ type: "fromSecondClaim", amount: 29999 }), ["0.97", "0.97", "0.97", "0.97", declined("franchise_not_offered"), "0.97"]],
    ["from the 2nd claim 30 000", franchise({ type: "fromSecondClaim", amount: 30000 }), ["0.93", "0.93", "0.93", "0.93", declined("franchise_not_offered"), "0.93"]],
  ],
  repair: [
    ["dealer", { repair: "dealer" }, all("1")],
    ["insurer's garage", { repair: "insurer-garage" }, ["0.86", "0.85", "0.85", "0.86", "0.88", "0.85"]],
    ["client's garage", { repair: "client-garage" }, ["1.05", "1.04", "1.04", declined("repair_not_offered"), "1.07", "1.04"]],
    ["insurer's calculation", { repair: "insurer-calculation" }, ["0.78", "0.8", "0.77", "0.8", "0.82", "0.78"]],
    ["independent appraiser", { repair: "independent-appraiser" }, ["0.84", "0.86", "0.83", "0.85", declined("repair_not_offered"), "0.84"]],
  ],
  "wear-deduction": [
    ["off", { wearDeduction: false }, all("1")],
    ["on", { wearDeduction: true }, ["0.85", "0.87", "0.85", "0.86", "0.88", "0.85"]],
  ],
  "sum-insured-type": [
    ["non-aggregate", { sumInsuredType: "non-aggregate" }, all("1")],
    ["aggregate", { sumInsuredType: "aggregate" }, ["0.93", "0.92", "0.94", "0.93", "0.94", "0.92"]],
  ],
  installments: [
    ["1", { installments: 1 }, all("1")],
    ["2", { installments: 2 }, ["1.03", "1.04", "1.03", "1.03", "1.04", "1.03"]],
    ["4", { installments: 4 }, ["1.05", "1.06", "1.06", "1.05", declined("installments_not_offered"), "1.05"]],
  ],
};

const CASES = Object.entries(TABLES).flatMap(([table, edges]) =>
  edges.flatMap(([edge, patch, expected]) => INSURERS.map((insurerId, i) => [table, edge, insurerId, patch, expected[i]!] as const)),
);

describe("factor tables at their band edges (hyundai-solaris, reference profile otherwise)", () => {
  it.each(CASES)("%s: %s at %s", (table, _edge, insurerId, patch, expected) => {
    const response = price("hyundai-solaris", patch);
    if (typeof expected === "object") {
      expect(declineCodes(response, insurerId)).toContain(expected.declined);
      return;
    }
    const quote = findQuote(response, insurerId);
    expect(quote, `${insurerId} declined: ${JSON.stringify(declineCodes(response, insurerId))}`).toBeDefined();
    if (expected === NONE) expect(stepsFor(quote!, table)).toEqual([]);
    else expect(factorValue(quote!, table)).toBe(expected);
  });
});

// Base rates of models without their own rate: by vehicle class (damage) and theft-risk group (theft).
const FALLBACK_BASES: readonly (readonly [model: string, component: "damage" | "theft", expected: Six])[] = [
  ["lada-vesta", "damage", ["0.0371", "0.0714", "0.0665", "0.0756", "0.161", "0.0735"]],
  ["lada-vesta", "theft", ["0.0048", "0.0092", "0.0086", "0.0097", "0.0207", "0.0095"]],
  ["ford-focus", "damage", ["0.0345", "0.0663", "0.0618", "0.0702", "0.1495", "0.0683"]],
  ["ford-focus", "theft", ["0.0074", "0.0143", "0.0133", "0.0151", "0.0322", "0.0147"]],
  ["mazda-6", "damage", ["0.0318", "0.0612", "0.057", "0.0648", "0.138", "0.063"]],
  ["mazda-6", "theft", ["0.0106", "0.0204", "0.019", "0.0216", "0.046", "0.021"]],
  ["audi-a6", "damage", ["0.0292", "0.0561", "0.0523", "0.0594", "0.1265", "0.0578"]],
  ["geely-coolray", "theft", ["0.0027", "0.0051", "0.0048", "0.0054", "0.0115", "0.0053"]],
  ["bmw-x5", "damage", ["0.0265", "0.051", "0.0475", "0.054", "0.115", "0.0525"]],
];

describe("base rates by class and theft-risk group", () => {
  it.each(FALLBACK_BASES.flatMap(([model, component, expected]) => INSURERS.map((insurerId, i) => [model, component, insurerId, expected[i]!] as const)))(
    "%s %s at %s",
    (model, component, insurerId, expected) => {
      const quote = findQuote(price(model), insurerId);
      expect(quote).toBeDefined();
      const base = quote!.steps.filter((s) => s.factor === "base" && s.component === component);
      expect(base.map((s) => s.value)).toEqual([expected]);
    },
  );
});

// A table added to a rate book without edge cases here would go untested: list must match the data.
describe("coverage of this file", () => {
  it.each(INSURERS.map((insurerId, i) => [insurerId, i] as const))("every factor table of %s's current rate book is probed", (insurerId, column) => {
    const book = selectEdition(fixtureLibrary().get(insurerId) ?? [], POLICY_START);
    expect(book).toBeDefined();
    const probed = Object.entries(TABLES)
      .filter(([, edges]) => edges.some(([, , expected]) => expected[column] !== NONE))
      .map(([table]) => table)
      .sort();
    expect(book!.factors.map((t) => t.id).sort()).toEqual(probed);
  });
});
