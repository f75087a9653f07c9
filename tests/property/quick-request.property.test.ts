/**
 * quickQuoteRequest accepts only what the quote request schema accepts, and gives exactly the
 * schema's result (the same fields, values and key order); whatever it passes on goes to the
 * schema, so rejections keep the schema's messages. Over random valid requests, broken ones,
 * every line of the portfolio and hand-picked edge cases; and the portfolio loader's messages.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { parsePortfolioLine, portfolioPath } from "@/lib/editor/load-portfolio.server";
import { parseQuoteRequest, quickQuoteRequest, REQUEST_LIMITS, SCHEMA_LIMITS } from "@/lib/rating";
import { mutationArb, validNamedDriversRequestArb, validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";

const TODAY = "2026-11-22";

/** The quick path agrees with the schema on `raw`; true when it took the request itself. */
function agrees(raw: unknown): boolean {
  const quick = quickQuoteRequest(structuredClone(raw), catalog);
  if (quick === undefined) return false;
  const parsed = parseQuoteRequest(structuredClone(raw), catalog, TODAY);
  expect(parsed.ok, JSON.stringify(raw)).toBe(true);
  if (!parsed.ok) return true;
  expect(quick).toStrictEqual(parsed.request);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.request));
  return true;
}

const withStart = (raw: RawRequest) => ({ policyStart: TODAY, ...raw });

describe("quickQuoteRequest", () => {
  it("takes the portfolio's plain lines with the schema's result, and most of them", () => {
    const lines = readFileSync(portfolioPath(), "utf8").split("\n").filter((l) => l.trim() !== "");
    const taken = lines.filter((line) => agrees(JSON.parse(line))).length;
    expect(taken).toBeGreaterThan(lines.length / 2);
  });

  it("agrees with the schema on random valid requests", () => {
    let taken = 0;
    fc.assert(
      fc.property(validRequestArb, (raw) => {
        if (agrees(withStart(raw))) taken += 1;
      }),
      { numRuns: 400 },
    );
    expect(taken).toBeGreaterThan(0);
  });

  it("never takes a broken request", () => {
    fc.assert(
      fc.property(validNamedDriversRequestArb, mutationArb, (raw, mutation) => {
        const request = withStart(structuredClone(raw));
        mutation.apply(request);
        expect(parseQuoteRequest(structuredClone(request), catalog, TODAY).ok).toBe(false);
        expect(quickQuoteRequest(request, catalog)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it("passes edge cases on to the schema or agrees with it", () => {
    const line = readFileSync(portfolioPath(), "utf8").split("\n")[0]!;
    const base = JSON.parse(line) as RawRequest;
    const variants: ((r: Record<string, any>) => void)[] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      (r) => (r.vehicle.price = 10000),
      (r) => (r.vehicle.price = 9999.99),
      (r) => (r.vehicle.price = 200000000),
      (r) => (r.vehicle.price = 200000000.01),
      (r) => (r.vehicle.price = 1234567.5),
      (r) => (r.vehicle.price = 1e21),
      (r) => (r.vehicle.price = "1500000"),
      (r) => (r.vehicle.year = 2028),
      (r) => (r.vehicle.year = 2027),
      (r) => (r.vehicle.year = 2020.5),
      (r) => (r.policyStart = "2026-02-29"),
      (r) => (r.policyStart = "2028-02-29"),
      (r) => (r.policyStart = "2101-01-01"),
      (r) => delete r.policyStart,
      (r) => (r.vehicle.registeredOn = r.policyStart),
      (r) => (r.vehicle.registeredOn = "2099-01-01"),
      (r) => (r.vehicle.registeredOn = `${r.vehicle.year - 2}-12-31`),
      (r) => (r.vehicle.registeredOn = `${r.vehicle.year - 1}-01-01`),
      (r) => (r.vehicle.creditor = "sber"),
      (r) => ((r.vehicle.creditor = "sber"), (r.vehicle.credit = true)),
      (r) => ((r.vehicle.creditor = "Sber"), (r.vehicle.credit = true)),
      (r) => (r.vehicle.powerHp = 20),
      (r) => (r.vehicle.powerHp = 19),
      (r) => (r.franchise = { type: "fixed", amount: r.vehicle.price }),
      (r) => (r.franchise = { type: "fixed", amount: r.vehicle.price - 1 }),
      (r) => (r.franchise = { type: "fromSecondClaim", amount: 0.01 }),
      (r) => (r.franchise = { type: "fromSecondClaim", amount: 1 }),
      (r) => (r.franchise = { type: "none", amount: 1 }),
      (r) => (r.franchise = { type: "percent", percent: 5 }),
      (r) => (r.franchise = { type: "percent", percent: 0.07 }),
      (r) => (r.franchise = { type: "percent", percent: 50 }),
      (r) => (r.franchise = { type: "percent", percent: 50.01 }),
      (r) => (r.franchise = { type: "percent", percent: 2.555 }),
      (r) => (r.franchise = { type: "percent", percent: 0 }),
      (r) => (r.franchise = { type: "percent", percent: "5" }),
      (r) => (r.franchise = { type: "percent", percent: 5, amount: 1 }),
      (r) => (r.program = { level: "budget" }),
      (r) => (r.program = { level: "gold" }),
      (r) => (r.program = { byInsurer: { maks: "x" } }),
      (r) => (r.addOns = ["gap", "gap"]),
      (r) => (r.addOns = ["gap", "glass"]),
      (r) => (r.addOns = [{ id: "gap" }]),
      (r) => (r.allowedDrivers = 10),
      (r) => (r.allowedDrivers = 11),
      (r) => ((r.unlimitedDrivers = true), (r.drivers = [])),
      (r) => ((r.unlimitedDrivers = true), (r.drivers = []), (r.allowedDrivers = 2)),
      (r) => (r.drivers = []),
      (r) => (r.drivers = [{ age: 18, experienceYears: 2 }]),
      (r) => (r.drivers = [{ age: 18, experienceYears: 3 }]),
      (r) => (r.drivers = [{ age: 40, experienceYears: 20, sex: "other" }]),
      (r) => (r.bonusMalusClass = 3),
      (r) => (r.bonusMalusClass = "M"),
      (r) => (r.installments = 12),
      (r) => (r.policyTermMonths = 0),
      (r) => (r.region = "00"),
      (r) => (r.vehicle.modelId = "no-such-model"),
      (r) => (r.telematics = null),
    ];
    let taken = 0;
    for (const change of variants) {
      const raw = structuredClone(base) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      change(raw);
      if (agrees(JSON.parse(JSON.stringify(raw)))) taken += 1;
    }
    // A "__proto__" key, as JSON.parse gives it (an own property): an unknown field.
    const proto = JSON.parse(line.replace("{", '{"__proto__":1,')) as unknown;
    expect(quickQuoteRequest(proto, catalog)).toBeUndefined();
    expect(parseQuoteRequest(proto, catalog, TODAY).ok).toBe(false);
    // Both ways are exercised: some cases taken directly, the others left to the schema.
    expect(taken).toBeGreaterThan(5);
    expect(taken).toBeLessThan(variants.length - 5);
  });

  it("takes a request at each of the schema's limits and leaves one past it to the schema", () => {
    const base = JSON.parse(readFileSync(portfolioPath(), "utf8").split("\n")[0]!) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const L = { ...REQUEST_LIMITS, ...SCHEMA_LIMITS };
    const id = (n: number) => "a".repeat(n);
    // [at the limit, past it]: each a change to a plain valid request.
    const bounds: [string, (r: Record<string, any>) => void, (r: Record<string, any>) => void][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      ["latest model year", (r) => ((r.policyStart = L.latestDate), (r.vehicle.year = L.maxYear)), (r) => ((r.policyStart = L.latestDate), (r.vehicle.year = L.maxYear + 1))],
      ["earliest date", (r) => ((r.policyStart = L.earliestDate), (r.vehicle.year = 2000)), (r) => ((r.policyStart = "1999-12-31"), (r.vehicle.year = 1999))],
      ["largest fixed franchise", (r) => ((r.vehicle.price = 50000000), (r.franchise = { type: "fixed", amount: Number(L.maxFranchise) })), (r) => ((r.vehicle.price = 50000000), (r.franchise = { type: "fixed", amount: Number(L.maxFranchise) + 1 }))],
      ["smallest fixed franchise", (r) => (r.franchise = { type: "fixed", amount: Number(L.minFranchise) }), (r) => (r.franchise = { type: "fixed", amount: Number(L.minFranchise) - 0.01 })],
      ["most instalments", (r) => (r.installments = L.maxInstallments), (r) => (r.installments = L.maxInstallments + 1)],
      ["longest creditor code", (r) => ((r.vehicle.credit = true), (r.vehicle.creditor = id(L.maxIdLength))), (r) => ((r.vehicle.credit = true), (r.vehicle.creditor = id(L.maxIdLength + 1)))],
      ["oldest model year", (r) => (r.vehicle.year = L.minYear), (r) => (r.vehicle.year = L.minYear - 1)],
      ["most horsepower", (r) => (r.vehicle.powerHp = L.maxPowerHp), (r) => (r.vehicle.powerHp = L.maxPowerHp + 1)],
    ];
    for (const [what, atLimit, past] of bounds) {
      const at = structuredClone(base);
      atLimit(at);
      expect(agrees(at), `${what}: taken at the limit`).toBe(true);
      const beyond = structuredClone(base);
      past(beyond);
      expect(quickQuoteRequest(structuredClone(beyond), catalog), `${what}: left to the schema past it`).toBeUndefined();
      expect(parseQuoteRequest(beyond, catalog, TODAY).ok, `${what}: the schema rejects it`).toBe(false);
    }
  });

  it("leaves the portfolio loader's messages for a bad line as they were", () => {
    const line = readFileSync(portfolioPath(), "utf8").split("\n")[0]!;
    const bad = JSON.parse(line) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    bad.vehicle.year = 2101;
    bad.drivers[0].experienceYears = -1;
    const issues = parseQuoteRequest(bad, catalog, TODAY);
    expect(issues.ok).toBe(false);
    if (issues.ok) return;
    const expected = issues.error.issues.map((i) => `${i.path || "(request)"}: ${i.message}`).join("; ");
    expect(() => parsePortfolioLine(JSON.stringify(bad), "p.jsonl, line 7", catalog)).toThrow(`p.jsonl, line 7: invalid quote request: ${expected}`);
  });
});
