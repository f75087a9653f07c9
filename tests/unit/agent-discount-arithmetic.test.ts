import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyAgentDiscount, discountCap, noDiscount, type OfferTerms } from "@/lib/offer/discount";
import { ZDiscountInput } from "@/lib/offer/discount-input";
import { Decimal } from "@/lib/rating";

const terms = (over: Partial<OfferTerms> = {}): OfferTerms => ({ premium: "27370.62", installments: 1, agentDiscount: { maxPercent: "10" }, commissionPercent: "15", ...over });

describe("the cap on the agent's discount", () => {
  it("is the insurer's cap when the commission is larger", () => {
    expect(discountCap(terms())).toEqual({ rubles: "2737.06", insurerRubles: "2737.06", commissionRubles: "4105.59", reason: "insurer" });
  });

  it("is the commission when the insurer would allow more than the agent earns", () => {
    expect(discountCap(terms({ commissionPercent: "8" }))).toEqual({ rubles: "2189.65", insurerRubles: "2737.06", commissionRubles: "2189.65", reason: "commission" });
  });

  it("is zero when the rate book allows none, has a zero cap, or allows it for a single payment only and the offer is in instalments", () => {
    expect(discountCap(terms({ agentDiscount: undefined }))).toMatchObject({ rubles: "0.00", reason: "not_allowed" });
    expect(discountCap(terms({ agentDiscount: { maxPercent: "0" } }))).toMatchObject({ rubles: "0.00", reason: "not_allowed" });
    expect(discountCap(terms({ agentDiscount: { maxPercent: "5", singlePaymentOnly: true }, installments: 2 }))).toMatchObject({ rubles: "0.00", reason: "single_payment_only" });
    expect(discountCap(terms({ agentDiscount: { maxPercent: "5", singlePaymentOnly: true }, installments: 1 }))).toMatchObject({ rubles: "1368.53", reason: "insurer" });
  });

  it("is zero without an agreed commission", () => {
    expect(discountCap(terms({ commissionPercent: null }))).toEqual({ rubles: "0.00", insurerRubles: "2737.06", commissionRubles: "0.00", reason: "no_commission" });
  });
});

describe("applying the discount", () => {
  it("exactly at the cap, in rubles and in percent", () => {
    const rubles = applyAgentDiscount(terms(), { kind: "rubles", value: "2737.06" });
    expect(rubles).toEqual({
      ok: true,
      applied: {
        discount: "2737.06",
        discountPercent: "10",
        premiumBefore: "27370.62",
        premiumAfter: "24633.56",
        installmentSchedule: ["24633.56"],
        commissionBefore: "4105.59",
        commissionAfter: "1368.53",
        cap: discountCap(terms()),
      },
    });
    const percent = applyAgentDiscount(terms(), { kind: "percent", value: "10" });
    expect(percent.ok && percent.applied.premiumAfter).toBe("24633.56");
  });

  it("one kopeck over the cap is refused, with the cap", () => {
    expect(applyAgentDiscount(terms(), { kind: "rubles", value: "2737.07" })).toEqual({ ok: false, code: "over_cap", cap: discountCap(terms()), requested: "2737.07" });
    expect(applyAgentDiscount(terms(), { kind: "percent", value: "10.01" })).toMatchObject({ ok: false, code: "over_cap" });
  });

  it("at the commission cap the commission after is zero", () => {
    const out = applyAgentDiscount(terms({ commissionPercent: "8" }), { kind: "rubles", value: "2189.65" });
    expect(out.ok && out.applied.commissionAfter).toBe("0.00");
  });

  it("splits the instalments again from the premium after the discount", () => {
    const out = applyAgentDiscount(terms({ installments: 4 }), { kind: "rubles", value: "1000" });
    expect(out.ok && out.applied.installmentSchedule).toEqual(["6592.65", "6592.65", "6592.65", "6592.67"]);
  });

  it("no discount leaves the premium and the commission whole", () => {
    expect(noDiscount(terms())).toMatchObject({ discount: "0.00", premiumAfter: "27370.62", commissionBefore: "4105.59", commissionAfter: "4105.59" });
  });
});

const decimalString = (max: number, scale: number) => fc.integer({ min: 0, max: max * 10 ** scale }).map((n) => new Decimal(n).div(10 ** scale).toString());
const arbTerms: fc.Arbitrary<OfferTerms> = fc.record({
  premium: decimalString(2_000_000, 2),
  installments: fc.constantFrom(1, 2, 4),
  agentDiscount: fc.option(fc.record({ maxPercent: decimalString(100, 2), singlePaymentOnly: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ["maxPercent"] }), { nil: undefined }),
  commissionPercent: fc.option(decimalString(40, 2), { nil: null }),
});
const arbInput = fc.oneof(fc.record({ kind: fc.constant("percent" as const), value: decimalString(100, 2) }), fc.record({ kind: fc.constant("rubles" as const), value: decimalString(3_000_000, 2) }));

describe("invariants", () => {
  it("the client's premium is never below premium − cap; the commission is never negative; the schedule adds up", () => {
    fc.assert(
      fc.property(arbTerms, arbInput, (t, input) => {
        const cap = discountCap(t);
        expect(new Decimal(cap.rubles).lte(cap.insurerRubles) && new Decimal(cap.rubles).lte(cap.commissionRubles)).toBe(true);
        const out = applyAgentDiscount(t, input);
        if (!out.ok) {
          expect(new Decimal(out.requested).gt(cap.rubles)).toBe(true);
          return;
        }
        const a = out.applied;
        expect(new Decimal(a.premiumAfter).gte(new Decimal(t.premium).minus(cap.rubles))).toBe(true);
        expect(new Decimal(a.premiumAfter).lte(t.premium)).toBe(true);
        expect(new Decimal(a.commissionAfter).gte(0)).toBe(true);
        expect(new Decimal(a.commissionBefore).minus(a.commissionAfter).eq(a.discount)).toBe(true);
        expect(a.installmentSchedule.reduce((s, x) => s.plus(x), new Decimal(0)).eq(a.premiumAfter)).toBe(true);
        for (const amount of [a.discount, a.premiumAfter, a.commissionAfter]) expect(amount).toMatch(/^\d+\.\d{2}$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the discount as typed", () => {
  it("reads Russian and English amounts", () => {
    expect(ZDiscountInput.parse({ insurerId: "maks", kind: "rubles", value: "1 500,50" })).toEqual({ insurerId: "maks", kind: "rubles", value: "1500.50" });
    expect(ZDiscountInput.parse({ insurerId: "maks", kind: "percent", value: "7.5" })).toEqual({ insurerId: "maks", kind: "percent", value: "7.5" });
  });

  it.each([
    [{ kind: "rubles", value: "" }, "required"],
    [{ kind: "rubles", value: "-5" }, "format"],
    [{ kind: "rubles", value: "12abc" }, "format"],
    [{ kind: "rubles", value: "1.005" }, "too_many_decimals"],
    [{ kind: "percent", value: "101" }, "percent_over_100"],
    [{ kind: "rubles", value: "1".repeat(21) }, "too_long"],
    [{ kind: "euros", value: "5" }, "format"],
  ])("refuses %j with %s at its field", (input, code) => {
    const r = ZDiscountInput.safeParse({ insurerId: "maks", ...input });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(code);
  });
});
