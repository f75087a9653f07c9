import { describe, expect, it } from "vitest";
import { inFormOrder } from "@/lib/form/to-request";
import { hasCalculation } from "@/lib/form/url-codec";

describe("the error summary's order", () => {
  it("follows the form: car, region, drivers in turn (age before experience), then the rest", () => {
    expect(inFormOrder(["region", "driver-1-age", "start", "driver-0-experience", "model", "driver-0-age", "price", "year", "form", "bonusMalus"])).toEqual([
      "model",
      "year",
      "price",
      "region",
      "driver-0-age",
      "driver-0-experience",
      "driver-1-age",
      "bonusMalus",
      "start",
      "form",
    ]);
  });
});

describe("a calculation in the URL", () => {
  it("is any URL with a field of the form, even an empty one, so missing fields get their errors", () => {
    expect(hasCalculation({ d: "_" })).toBe(true);
    expect(hasCalculation({ year: "2026", d: "30_5" })).toBe(true);
    expect(hasCalculation({ unlimited: "1" })).toBe(true);
    expect(hasCalculation({})).toBe(false);
    expect(hasCalculation({ utm_source: "mail" })).toBe(false);
  });
});
