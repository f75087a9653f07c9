import { describe, expect, it } from "vitest";
import { breakEven, type FranchiseScan } from "@/lib/results/franchise-scan";

const scan = (none: string, at30: string): FranchiseScan => ({
  amounts: ["0", "10000", "30000"],
  series: [{ insurerId: "x", insurerName: { ru: "Икс", en: "X" }, premiums: [none, null, at30] }],
});

describe("the break-even of a franchise", () => {
  it("is told in whole months when it is under a year (30 000 ₽ saving 51 304 ₽ → 7 months)", () => {
    const be = breakEven(scan("100000.00", "48696.00"), "x", "30000");
    expect(be).toMatchObject({ saving: "51304.00", years: "0.6", months: 7 });
  });

  it("is told in years from a year up", () => {
    const be = breakEven(scan("60000.00", "52112.00"), "x", "30000");
    expect(be).toMatchObject({ saving: "7888.00", years: "3.8", months: null });
  });

  it("never says less than once a month, and has no break-even without a saving", () => {
    expect(breakEven(scan("1000000.00", "100000.00"), "x", "30000")?.months).toBe(1);
    expect(breakEven(scan("50000.00", "50000.00"), "x", "30000")).toMatchObject({ years: null, months: null });
  });
});
