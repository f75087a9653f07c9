/**
 * The request's version-2 options as rating variables a book's tables read: the car's age in
 * months from its registration date, bought new, the creditor bank, a number of allowed drivers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { buildLibrary, compareQuotes, loadRateBook, parseQuoteRequest } from "@/lib/rating";
import { vehicleAgeMonths } from "@/lib/rating/derive-variables";

const beta = JSON.parse(readFileSync(join(process.cwd(), "tests", "fixtures", "rate-books", "beta", "2020-01-01.json"), "utf8")) as { factors: unknown[] };
const table = (id: string, key: string, rows: unknown[], value = "1") => ({ id, label: { ru: id, en: id }, appliesTo: ["single"], operation: "multiply", keys: [key], rows, default: value });
const book = loadRateBook(
  {
    ...beta,
    factors: [
      ...beta.factors,
      table("new-car", "vehicle.isNew", [{ when: { "vehicle.isNew": true }, value: "0.9" }]),
      table("young-car", "vehicle.ageMonths", [{ when: { "vehicle.ageMonths": { lt: 6 } }, value: "0.95" }]),
      table("creditor", "vehicle.creditor", [{ when: { "vehicle.creditor": "sberbank" }, value: "1.05" }]),
    ],
  },
  "beta with v2 variables",
);
const library = buildLibrary([book]);

function quote(patch: Record<string, unknown>, vehicle: Record<string, unknown> = {}) {
  const parsed = parseQuoteRequest(
    { policyStart: "2026-12-01", region: "77", vehicle: { modelId: "hyundai-solaris", year: 2026, price: "1000000", ...vehicle }, drivers: [{ age: 40, experienceYears: 20 }], ...patch },
    catalog,
    "2026-12-01",
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return compareQuotes(parsed.request, library, catalog).quotes[0]!;
}
const factor = (q: ReturnType<typeof quote>, id: string) => q.steps.find((s) => s.factor === id);

describe("version 2's request variables", () => {
  it("months from the registration to the policy start, the day of the month counting", () => {
    expect(vehicleAgeMonths("2026-06-01", "2026-12-01")).toBe(6);
    expect(vehicleAgeMonths("2026-06-02", "2026-12-01")).toBe(5);
    expect(vehicleAgeMonths("2025-12-01", "2026-12-01")).toBe(12);
    expect(vehicleAgeMonths("2026-12-01", "2026-12-01")).toBe(0);
  });

  it("a table over vehicle.ageMonths applies with a registration date and is skipped without one", () => {
    expect(factor(quote({}, { registeredOn: "2026-07-15" }), "young-car")).toMatchObject({ value: "0.95", lookup: { "vehicle.ageMonths": 4 } });
    expect(factor(quote({}, { registeredOn: "2026-05-15" }), "young-car")).toMatchObject({ value: "1", matched: "default" });
    expect(factor(quote({}), "young-car")).toBeUndefined();
  });

  it("bought new and the creditor bank are read where a book prices them", () => {
    expect(factor(quote({}, { isNew: true }), "new-car")).toMatchObject({ value: "0.9" });
    expect(factor(quote({}), "new-car")).toMatchObject({ value: "1" });
    expect(factor(quote({}, { credit: true, creditor: "sberbank" }), "creditor")).toMatchObject({ value: "1.05" });
    expect(quote({}, { credit: true, creditor: "sberbank" }).premium).toBe("57750.00");
  });

  it("a number of allowed drivers", () => {
    expect(factor(quote({ allowedDrivers: 4 }), "allowed-drivers")).toMatchObject({ value: "1.2", lookup: { allowedDrivers: 4 } });
  });
});
