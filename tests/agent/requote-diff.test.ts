import { describe, expect, it } from "vitest";
import { diffRequote, diffSteps } from "@/lib/agent/requote-diff";
import type { ComparisonResponse, Quote, WorksheetStep } from "@/lib/rating";

const step = (factor: string, value: string, component: WorksheetStep["component"] = "damage"): WorksheetStep => ({
  component,
  factor,
  label: { ru: factor, en: factor },
  lookup: {},
  matched: "",
  operation: "multiply",
  value,
  total: "0",
});

const quote = (insurerId: string, premium: string, steps: WorksheetStep[], effectiveFrom = "2019-01-01"): Quote =>
  ({ insurerId, insurerName: insurerId, insurerNameEn: insurerId, premium, rateBook: { id: insurerId, effectiveFrom }, steps }) as unknown as Quote;

const response = (quotes: Quote[]): ComparisonResponse => ({ policyStart: "2026-12-01", currency: "RUB", quotes, declined: [] });

describe("re-quote diff", () => {
  it("lists the worksheet lines whose value changed, and those added or dropped", () => {
    const before = [step("base", "0.05"), step("vehicle-age", "1"), step("region", "1.2"), step("old-discount", "0.9")];
    const after = [step("base", "0.050"), step("vehicle-age", "1.1"), step("region", "1.2"), step("telematics", "0.95")];
    expect(diffSteps(before, after)).toEqual([
      expect.objectContaining({ kind: "changed", factor: "vehicle-age", before: "1", after: "1.1" }),
      expect.objectContaining({ kind: "removed", factor: "old-discount", before: "0.9", after: null }),
      expect.objectContaining({ kind: "added", factor: "telematics", before: null, after: "0.95" }),
    ]);
  });

  it("tells the same factor in two components apart", () => {
    expect(diffSteps([step("region", "1", "damage"), step("region", "1", "theft")], [step("region", "1", "damage"), step("region", "1.3", "theft")])).toEqual([
      expect.objectContaining({ kind: "changed", component: "theft", factor: "region" }),
    ]);
  });

  it("gives the change per insurer in rubles and percent, and the insurers added or dropped", () => {
    const changes = diffRequote(
      response([quote("maks", "30000.00", [step("vehicle-age", "1")]), quote("liberty", "25000.00", []), quote("gone", "1000.00", [])]),
      response([quote("maks", "33000.00", [step("vehicle-age", "1.1")], "2026-12-05"), quote("liberty", "24999.99", []), quote("fresh", "40000.00", [])]),
    );
    expect(changes.map((c) => [c.insurerId, c.status, c.change, c.changePercent, c.editionAfter])).toEqual([
      ["maks", "quoted", "3000.00", "10.00", "2026-12-05"],
      ["liberty", "quoted", "-0.01", "0.00", "2019-01-01"],
      ["gone", "dropped", null, null, null],
      ["fresh", "new", null, null, "2019-01-01"],
    ]);
    expect(changes[0]!.steps).toHaveLength(1);
  });
});
