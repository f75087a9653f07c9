/**
 * The policy check on golden cases written as data (tests/check/golden/*.json): a raw request as
 * a client sends it, the insurer, the premium paid, and what the check must say.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { catalog } from "@/lib/catalog";
import { parseQuoteRequest } from "@/lib/rating";
import { checkPolicy } from "@/lib/check/check-policy";
import { applyOption } from "@/lib/check/options";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { TODAY } from "@/tests/helpers/pricing";

const ZMoney = z.string().regex(/^-?\d+\.\d{2}$/);
const ZGoldenCase = z.strictObject({
  name: z.string().min(1),
  note: z.string().optional(),
  request: z.record(z.string(), z.unknown()),
  insurer: z.string(),
  paid: ZMoney,
  expect: z.union([
    z.strictObject({ kind: z.literal("checked"), verdict: z.enum(["matches", "higher", "lower"]), tariff: ZMoney, difference: ZMoney, savingsInclude: z.array(z.strictObject({ option: z.record(z.string(), z.unknown()), saving: ZMoney })).optional(), matchingOptionsInclude: z.array(z.record(z.string(), z.unknown())).optional() }),
    z.strictObject({ kind: z.literal("no-edition"), firstEffectiveFrom: z.string() }),
    z.strictObject({ kind: z.literal("declined"), reasons: z.array(z.string()).min(1) }),
  ]),
});

const dir = fileURLToPath(new URL("./golden/", import.meta.url));
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((file) => z.array(ZGoldenCase).min(1).parse(JSON.parse(readFileSync(join(dir, file), "utf8"))).map((c) => ({ file, ...c })));

describe("policy check golden cases", () => {
  const library = fixtureLibrary();
  it("has the three required kinds of case", () => {
    expect(cases.some((c) => c.expect.kind === "checked" && c.expect.verdict === "matches")).toBe(true);
    expect(cases.some((c) => c.expect.kind === "no-edition")).toBe(true);
    expect(cases.some((c) => c.expect.kind === "checked" && (c.expect.savingsInclude?.length ?? 0) > 0)).toBe(true);
  });

  it.each(cases)("$file: $name", (c) => {
    const parsed = parseQuoteRequest(c.request, catalog, TODAY);
    if (!parsed.ok) throw new Error(`golden request invalid: ${JSON.stringify(parsed.error.issues)}`);
    const check = checkPolicy({ request: parsed.request, insurerId: c.insurer, paid: c.paid, today: TODAY }, library, catalog);
    expect(check.kind).toBe(c.expect.kind);
    if (c.expect.kind === "no-edition" && check.kind === "no-edition") {
      expect(check.firstEffectiveFrom).toBe(c.expect.firstEffectiveFrom);
      expect(check.others.quotes.length).toBeGreaterThan(0);
    }
    if (c.expect.kind === "declined" && check.kind === "declined") expect(check.reasons.map((r) => r.code).sort()).toEqual([...c.expect.reasons].sort());
    if (c.expect.kind === "checked" && check.kind === "checked") {
      expect({ verdict: check.verdict, tariff: check.tariff, difference: check.difference }).toEqual({ verdict: c.expect.verdict, tariff: c.expect.tariff, difference: c.expect.difference });
      for (const wanted of c.expect.savingsInclude ?? []) {
        expect(check.savings.map((s) => ({ option: s.option, saving: s.saving }))).toContainEqual(wanted);
      }
      for (const wanted of c.expect.matchingOptionsInclude ?? []) expect(check.matchingOptions.map((m) => m.option)).toContainEqual(wanted);
      expect(check.others.quotes.map((q) => q.insurerId)).not.toContain(c.insurer);
    }
  });
});

describe("policy check details", () => {
  const library = fixtureLibrary();
  const request = () => {
    const parsed = parseQuoteRequest(
      { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000, powerHp: 120 }, drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }] },
      catalog,
      TODAY,
    );
    if (!parsed.ok) throw new Error("invalid");
    return parsed.request;
  };

  it("orders savings largest first and offers no option the edition does not price", () => {
    const check = checkPolicy({ request: request(), insurerId: "ingosstrakh", paid: "118000.00", today: TODAY }, library, catalog);
    if (check.kind !== "checked") throw new Error(check.kind);
    const amounts = check.savings.map((s) => Number(s.saving));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(check.savings.length).toBeGreaterThan(3);
    const kinds = new Set(check.savings.map((s) => s.option.kind));
    for (const kind of ["franchise", "switching", "telematics", "parking", "wearDeduction", "aggregate"]) expect(kinds).toContain(kind);
  });

  it("names the option a lower premium was priced with", () => {
    const req = request();
    const withFranchise = checkPolicy({ request: applyOption(req, { kind: "franchise", franchise: { type: "fixed", amount: "30000" } }), insurerId: "ingosstrakh", paid: "1.00", today: TODAY }, library, catalog);
    if (withFranchise.kind !== "checked") throw new Error(withFranchise.kind);
    const check = checkPolicy({ request: req, insurerId: "ingosstrakh", paid: withFranchise.tariff, today: TODAY }, library, catalog);
    if (check.kind !== "checked") throw new Error(check.kind);
    expect(check.verdict).toBe("lower");
    expect(check.matchingOptions.map((m) => m.option)).toContainEqual({ kind: "franchise", franchise: { type: "fixed", amount: "30000" } });
    const gap = Math.abs(Number(check.difference));
    for (const line of check.explainingLines) expect(Math.abs(Number(line.premiumWithout) - Number(check.paid))).toBeLessThan(gap);
  });

  it("treats a difference of one rounding unit as a match and more as a difference", () => {
    const base = checkPolicy({ request: request(), insurerId: "ingosstrakh", paid: "118000.00", today: TODAY }, library, catalog);
    if (base.kind !== "checked") throw new Error(base.kind);
    expect(base.tolerance).toBe("1.00");
    const at = (paid: string) => {
      const c = checkPolicy({ request: request(), insurerId: "ingosstrakh", paid, today: TODAY }, library, catalog);
      return c.kind === "checked" ? c.verdict : c.kind;
    };
    const tariff = Number(base.tariff);
    expect(at((tariff + 1).toFixed(2))).toBe("matches");
    expect(at((tariff + 1.01).toFixed(2))).toBe("higher");
    expect(at((tariff - 1.01).toFixed(2))).toBe("lower");
  });

  it("reports a declined policy with the edition's reasons", () => {
    const req = { ...request(), vehicle: { ...request().vehicle, year: 2010 } };
    const check = checkPolicy({ request: req, insurerId: "ingosstrakh", paid: "50000.00", today: TODAY }, library, catalog);
    expect(check.kind).toBe("declined");
    if (check.kind === "declined") expect(check.reasons.map((r) => r.code)).toContain("vehicle_too_old");
  });

  it("answers an insurer it does not know", () => {
    expect(checkPolicy({ request: request(), insurerId: "nobody", paid: "1.00", today: TODAY }, library, catalog).kind).toBe("unknown-insurer");
  });
});
