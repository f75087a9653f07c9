import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalog } from "@/lib/catalog";
import { addYears, BONUS_MALUS_TRANSITIONS, nextBonusMalusClass, rollForward, suggestInsuredValue } from "@/lib/agent/roll-forward";
import { renewalBucket } from "@/lib/agent/policies.server";
import { BONUS_MALUS_CLASSES, parseQuoteRequest, type TQuoteRequest } from "@/lib/rating";
import { declineCodes, findDeclined, priceRaw, quoteOf, referenceRequest, TODAY } from "../helpers/pricing";

function parsed(raw: unknown): TQuoteRequest {
  const result = parseQuoteRequest(raw, catalog, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  return result.request;
}

const driverFactor = (request: TQuoteRequest, insurerId: string) =>
  quoteOf(priceRaw(request), insurerId).steps.find((s) => s.factor === "driver-age-experience" && s.component === "damage")!.value;

describe("rollForward", () => {
  it("makes each driver a year older with a year more experience, moves the start and keeps the car's model year", () => {
    const last = parsed(referenceRequest("kia-rio", { drivers: [{ age: 30, experienceYears: 5 }, { age: 45, experienceYears: 20 }], bonusMalusClass: "5" }));
    const next = rollForward(last, { policyStart: "2027-12-01", insuredValue: "1000000", claims: 0 });
    expect(next.drivers.map((d) => [d.age, d.experienceYears])).toEqual([[31, 6], [46, 21]]);
    expect(next.policyStart).toBe("2027-12-01");
    expect(next.vehicle.year).toBe(last.vehicle.year);
    expect(next.vehicle.price).toBe("1000000");
    expect(next.bonusMalusClass).toBe("6");
    expect(last.drivers[0]!.age).toBe(30);
  });

  it("a 21-year-old driver crosses into the 22–24 band: the renewal is priced with that band's coefficient", () => {
    const last = parsed(referenceRequest("kia-rio", { driver: { age: 21, experienceYears: 5 } }));
    const next = parsed(rollForward(last, { policyStart: "2027-12-01", insuredValue: last.vehicle.price, claims: 0 }));
    // renaissance: age 18–21 × 1.6, 22–24 × 1.3; experience 5–9 years × 1.05 both years.
    expect(driverFactor(last, "renaissance")).toBe("1.68");
    expect(driverFactor(next, "renaissance")).toBe("1.365");
  });

  it("a car at an insurer's age limit is declined next year with the reason", () => {
    const last = parsed(referenceRequest("kia-rio", { vehicle: { year: 2018, price: "700000" }, repair: "insurer-garage" }));
    expect(findDeclined(priceRaw(last), "liberty")).toBeUndefined();
    const next = parsed(rollForward(last, { policyStart: "2027-12-01", insuredValue: "630000", claims: 0 }));
    const response = priceRaw(next);
    expect(declineCodes(response, "liberty")).toEqual(["vehicle_too_old"]);
    expect(findDeclined(response, "liberty")!.reasons[0]!.message.en).toContain("up to 8 years old (this one is 9)");
    // An insurer taking cars up to 10 years still quotes.
    expect(quoteOf(response, "renaissance").premium).toMatch(/^\d+\.\d{2}$/);
  });

  it("the oldest driver the product allows stays at that age", () => {
    const last = parsed(referenceRequest("kia-rio", { driver: { age: 99, experienceYears: 83 } }));
    const next = rollForward(last, { policyStart: "2027-12-01", insuredValue: "1000000", claims: 0 });
    expect(next.drivers[0]).toMatchObject({ age: 99, experienceYears: 83 });
    expect(parseQuoteRequest(next, catalog, TODAY).ok).toBe(true);
  });

  it("always gives a request the product accepts when last year's was accepted (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ age: fc.integer({ min: 18, max: 99 }), exp: fc.nat(83) }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...BONUS_MALUS_CLASSES),
        fc.nat(6),
        (drivers, bm, claims) => {
          const last = parsed(referenceRequest("kia-rio", { drivers: drivers.map((d) => ({ age: d.age, experienceYears: Math.min(d.exp, d.age - 16) })), bonusMalusClass: bm }));
          const next = rollForward(last, { policyStart: "2027-12-01", insuredValue: "900000", claims });
          expect(parseQuoteRequest(next, catalog, TODAY).ok).toBe(true);
        },
      ),
    );
  });
});

describe("nextBonusMalusClass", () => {
  const table: [string, number, string][] = [
    ["M", 0, "0"], ["M", 1, "M"],
    ["0", 0, "1"], ["0", 1, "M"],
    ["1", 0, "2"], ["2", 1, "1"],
    ["3", 0, "4"], ["3", 1, "1"], ["3", 2, "M"],
    ["4", 1, "2"], ["4", 2, "1"], ["4", 3, "M"],
    ["8", 1, "5"], ["8", 2, "2"],
    ["9", 3, "1"], ["9", 4, "M"],
    ["10", 1, "6"], ["10", 2, "3"],
    ["12", 0, "13"],
    ["13", 0, "13"], ["13", 1, "7"], ["13", 2, "3"], ["13", 3, "1"], ["13", 4, "M"], ["13", 9, "M"],
  ];
  it.each(table)("class %s with %i claim(s) → %s", (from, claims, to) => {
    expect(nextBonusMalusClass(from as never, claims)).toBe(to);
  });

  it("without claims every class but 13 goes one step better; claims never improve a class", () => {
    const rank = (c: string) => BONUS_MALUS_CLASSES.indexOf(c as never);
    for (const c of BONUS_MALUS_CLASSES) {
      expect(rank(nextBonusMalusClass(c, 0))).toBe(Math.min(rank(c) + 1, rank("13")));
      for (let k = 1; k <= 5; k++) expect(rank(nextBonusMalusClass(c, k))).toBeLessThanOrEqual(rank(nextBonusMalusClass(c, k - 1)));
    }
    expect(Object.keys(BONUS_MALUS_TRANSITIONS).sort()).toEqual([...BONUS_MALUS_CLASSES].sort());
  });

  it("refuses a negative or fractional number of claims", () => {
    expect(() => nextBonusMalusClass("3", -1)).toThrow(RangeError);
    expect(() => nextBonusMalusClass("3", 0.5)).toThrow(RangeError);
  });
});

describe("suggestInsuredValue", () => {
  it.each([
    ["1200000", 2026, "2026-12-01", "960000"], // new car: −20 %
    ["1200000", 2025, "2026-12-01", "1020000"], // second year: −15 %
    ["1200000", 2020, "2026-12-01", "1080000"], // older: −10 %
    ["1234567", 2020, "2026-12-01", "1111000"], // rounded down to thousands
    ["10500", 2010, "2026-12-01", "10000"], // never below the product's minimum
  ])("%s ₽ for a %i car insured from %s → %s ₽", (value, year, start, expected) => {
    expect(suggestInsuredValue(value, year, start)).toBe(expected);
  });
});

describe("dates", () => {
  it("addYears keeps the day, 29 February → 28 February", () => {
    expect(addYears("2026-12-01", 1)).toBe("2027-12-01");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
  });
  it.each([
    ["2026-11-30", "overdue"], ["2026-12-01", "14"], ["2026-12-15", "14"], ["2026-12-16", "30"], ["2026-12-31", "30"], ["2027-01-01", "60"], ["2027-01-30", "60"], ["2027-01-31", null],
  ])("a policy ending %s is in bucket %s on 2026-12-01", (end, bucket) => {
    expect(renewalBucket(end, "2026-12-01")).toBe(bucket);
  });
});
