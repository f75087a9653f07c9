/**
 * Request validation: every problem comes back as a field-level issue (dotted path + message), so
 * the form and the API can point at the field. Each case breaks one thing in a valid request.
 */
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { parseQuoteRequest, type FieldIssue } from "@/lib/rating";
import { referenceRequest, REFERENCE_DRIVER, TODAY, type Json, type RequestPatch } from "@/tests/helpers/pricing";

function issuesOf(raw: unknown): FieldIssue[] {
  const result = parseQuoteRequest(raw, catalog, TODAY);
  if (result.ok) throw new Error(`the request was accepted: ${JSON.stringify(raw)}`);
  expect(result.error.error).toBe("invalid_request");
  return result.error.issues;
}

const patched = (patch: RequestPatch) => referenceRequest("mazda-3", patch);
const drivers = (n: number) => Array.from({ length: n }, () => ({ ...REFERENCE_DRIVER }));
const without = (key: string, req: Json = referenceRequest("mazda-3")) => Object.fromEntries(Object.entries(req).filter(([k]) => k !== key));

it("the reference request itself is valid, with the defaults filled in", () => {
  const result = parseQuoteRequest(referenceRequest("mazda-3"), catalog, TODAY);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.request).toMatchObject({
    policyStart: "2026-12-01",
    vehicle: { modelId: "mazda-3", year: 2026, price: "1200000", antiTheft: "standard", parking: "street", credit: false },
    unlimitedDrivers: false,
    coverage: "full",
    franchise: { type: "none" },
    repair: "dealer",
    wearDeduction: false,
    sumInsuredType: "non-aggregate",
    installments: 1,
    switchingFromInsurer: false,
    telematics: false,
  });
  expect(result.request.vehicle.powerHp).toBeUndefined();
});

it("an omitted policy start defaults to today", () => {
  const result = parseQuoteRequest(without("policyStart"), catalog, "2027-03-15");
  expect(result.ok && result.request.policyStart).toBe("2027-03-15");
});

const INVALID: [name: string, raw: unknown, path: string, message: RegExp][] = [
  ["an unknown model", patched({ vehicle: { modelId: "zaz-zaporozhets" } }), "vehicle.modelId", /unknown model/],
  ["an unknown region", patched({ region: "99" }), "region", /unknown region/],
  ["a region given as a number", patched({ region: 38 }), "region", /unknown region/],
  ["more experience than the age allows (age − 16)", patched({ driver: { age: 20, experienceYears: 5 } }), "drivers.0.experienceYears", /at most 4 years/],
  ["a negative experience", patched({ driver: { experienceYears: -1 } }), "drivers.0.experienceYears", /must not be negative/],
  ["a driver under 18", patched({ driver: { age: 17, experienceYears: 0 } }), "drivers.0.age", /at least 18/],
  ["a driver's age with decimals", patched({ driver: { age: 40.5 } }), "drivers.0.age", /whole number/],
  ["a negative price", patched({ vehicle: { price: -1200000 } }), "vehicle.price", /non-negative/],
  ["an absurdly low price", patched({ vehicle: { price: 5 } }), "vehicle.price", /at least 10000/],
  ["an absurdly high price", patched({ vehicle: { price: 300000000 } }), "vehicle.price", /must not exceed 200000000/],
  ["a price with 3 decimals (number)", patched({ vehicle: { price: 1200000.125 } }), "vehicle.price", /at most two decimals/],
  ["a price with 3 decimals (string)", patched({ vehicle: { price: "1200000.125" } }), "vehicle.price", /at most two decimals/],
  ["a price in words", patched({ vehicle: { price: "one million" } }), "vehicle.price", /rubles/],
  ["a price as a boolean", patched({ vehicle: { price: true } }), "vehicle.price", /amount in rubles/],
  ["a model year after the policy year + 1", patched({ vehicle: { year: 2028 } }), "vehicle.year", /not be later than 2027/],
  ["a model year given as a string", patched({ vehicle: { year: "2026" } }), "vehicle.year", /must be a year/],
  ["6 named drivers (max 5)", patched({ drivers: drivers(6) }), "drivers", /at most 5 named drivers/],
  ["a misspelt top-level field", patched({ franchize: { type: "none" } }), "franchize", /^unknown field$/],
  ["an unknown vehicle field", patched({ vehicle: { colour: "red" } }), "vehicle.colour", /^unknown field$/],
  ["an unknown driver field", patched({ driver: { gender: "male" } }), "drivers.0.gender", /^unknown field$/],
  ["an unknown franchise field", patched({ franchise: { type: "fixed", amount: 30000, currency: "RUB" } }), "franchise.currency", /^unknown field$/],
  ["a boolean as a string", patched({ wearDeduction: "yes" }), "wearDeduction", /./],
  ["drivers as an object", { ...patched({}), drivers: { age: 40 } }, "drivers", /./],
  ["sex outside the list", patched({ driver: { sex: "m" } }), "drivers.0.sex", /./],
  ["unlimited drivers with a driver list", patched({ unlimitedDrivers: true }), "drivers", /leave the driver list empty/],
  ["no drivers without unlimited drivers", patched({ drivers: [] }), "drivers", /add at least one driver/],
  ["a missing driver list", without("drivers"), "drivers", /add at least one driver/],
  ["a missing vehicle", without("vehicle"), "vehicle", /./],
  ["a missing region", without("region"), "region", /./],
  ["a missing driver age", patched({ drivers: [{ experienceYears: 3 }] }), "drivers.0.age", /./],
  ["13 instalments", patched({ installments: 13 }), "installments", /must be from 1 to 12/],
  ["an unknown bonus-malus class", patched({ bonusMalusClass: "14" }), "bonusMalusClass", /"M" or "0"…"13"/],
  ["an unknown franchise type", patched({ franchise: { type: "hidden" } }), "franchise.type", /./],
  ["a fixed franchise without an amount", patched({ franchise: { type: "fixed" } }), "franchise.amount", /./],
  ["a franchise as large as the price", patched({ franchise: { type: "fixed", amount: 1200000 } }), "franchise.amount", /smaller than the car's price/],
  ["a percent franchise over 50 %", patched({ franchise: { type: "percent", percent: 51 } }), "franchise.percent", /./],
  ["a percent franchise with 3 decimals", patched({ franchise: { type: "percent", percent: 1.005 } }), "franchise.percent", /two decimals/],
  ["an impossible date", patched({ policyStart: "2026-02-30" }), "policyStart", /YYYY-MM-DD/],
  ["a date outside 2000–2100", patched({ policyStart: "1999-12-31" }), "policyStart", /between 2000-01-01 and 2100-12-31/],
  ["power below 20 hp", patched({ vehicle: { powerHp: 19 } }), "vehicle.powerHp", /./],
  ["a body that is not an object", "not a request", "", /./],
];

describe("invalid requests give field-level issues", () => {
  it.each(INVALID)("%s → %s", (_name, raw, path, message) => {
    const issues = issuesOf(raw);
    const atPath = issues.filter((i) => i.path === path);
    expect(atPath, `issues: ${JSON.stringify(issues)}`).not.toHaveLength(0);
    expect(atPath.some((i) => message.test(i.message)), `messages at ${path}: ${JSON.stringify(atPath)}`).toBe(true);
  });
});

describe("edges that are still valid", () => {
  it.each([
    ["experience exactly age − 16", patched({ driver: { age: 20, experienceYears: 4 } })],
    ["a model year of the policy year + 1", patched({ vehicle: { year: 2027 } })],
    ["5 named drivers", patched({ drivers: drivers(5) })],
    ["a price with 2 decimals as a string", patched({ vehicle: { price: "1200000.50" } })],
    ["unlimited drivers with an empty list", patched({ unlimitedDrivers: true, drivers: [] })],
    ["a driver with only age and experience", patched({ drivers: [{ age: 40, experienceYears: 20 }] })],
  ])("%s", (_name, raw) => {
    const result = parseQuoteRequest(raw, catalog, TODAY);
    expect(result.ok, result.ok ? "" : JSON.stringify(result.error.issues)).toBe(true);
  });
});

it("every unknown field gets its own issue", () => {
  const issues = issuesOf(patched({ franchize: 1, colour: "red", vehicle: { colour: "red" } }));
  expect(issues.filter((i) => i.message === "unknown field").map((i) => i.path).sort()).toEqual(["colour", "franchize", "vehicle.colour"]);
});
