/**
 * The impact portfolio chooses what format-2 rate books sell (programmes, add-ons, short terms,
 * instalments, new cars), so an editor's change to an add-on's rate or a programme's table of the
 * demonstration editions (2027-07-01, Ingosstrakh and Rosgosstrakh) moves some of its requests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeImpact, redate } from "@/lib/editor/impact";
import { loadPortfolio, PORTFOLIO_TODAY } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, compareQuotes, loadRateBook, parseQuoteRequest, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";
import { addProductChoices, PRODUCT_CHOICE_SHARE } from "@/lib/sample/product-choices";

const START = "2027-08-01";

interface Format2Json {
  id: string;
  programmes: { id: string; factors?: { id: string; default?: string }[] }[];
  addOns: { id: string; price: { basis: string; value?: string } }[];
}

const readBook = (insurer: string) => JSON.parse(readFileSync(join(process.cwd(), "data", "rate-books", insurer, "2027-07-01.json"), "utf8")) as Format2Json;
const disk = getDiskLibrary();
function withEdition(json: Format2Json): RateBookLibrary {
  const others = [...disk.values()].flat().filter((b) => b.id !== json.id);
  return buildLibrary([...others, loadRateBook(json, "draft")]);
}

describe("the portfolio's product choices", () => {
  const portfolio = loadPortfolio();
  const share = (pick: (r: TQuoteRequest) => boolean) => portfolio.filter(pick).length / portfolio.length;

  it("has a realistic share of requests choosing a programme, add-ons, a short term, more instalments or a new car", () => {
    expect(portfolio).toHaveLength(3000);
    const chooses = share((r) => r.program.level !== undefined || r.addOns.length > 0 || r.policyTermMonths !== 12 || r.vehicle.isNew || r.vehicle.registeredOn !== undefined);
    expect(chooses).toBeGreaterThan(0.25);
    expect(chooses).toBeLessThan(0.45);
    expect(share((r) => r.program.level === "budget")).toBeGreaterThan(0.05);
    expect(share((r) => r.program.level === "mini")).toBeGreaterThan(0.01);
    expect(share((r) => r.addOns.some((a) => a.id === "gap"))).toBeGreaterThan(0.02);
    const dsago = portfolio.flatMap((r) => r.addOns.filter((a) => a.id === "dsago"));
    expect(dsago.length / portfolio.length).toBeGreaterThan(0.05);
    expect(new Set(dsago.map((a) => a.sumInsured)).size).toBe(4);
    expect(dsago.some((a) => a.trailer === true) && dsago.some((a) => a.trailer === false)).toBe(true);
    for (const id of ["accident", "evacuation", "commissioner", "glass"]) expect(share((r) => r.addOns.some((a) => a.id === id)), id).toBeGreaterThan(0.01);
    expect(share((r) => r.policyTermMonths < 12)).toBeGreaterThan(0.02);
    expect(share((r) => [3, 6, 12].includes(r.installments))).toBeGreaterThan(0.02);
    expect(share((r) => r.vehicle.isNew)).toBeGreaterThan(0.01);
    expect(share((r) => r.vehicle.creditor !== undefined)).toBeGreaterThan(0.01);
    expect(share((r) => r.allowedDrivers !== undefined)).toBeGreaterThan(0.01);
    // GAP only on cars up to three years old; a flat «mini» programme only with its own add-ons.
    for (const r of portfolio) {
      if (r.addOns.some((a) => a.id === "gap")) expect(2026 - r.vehicle.year).toBeLessThanOrEqual(3);
      if (r.program.level === "mini") expect(r.addOns.every((a) => ["evacuation", "accident", "dsago"].includes(a.id))).toBe(true);
    }
  });

  it("is drawn by a seeded second pass that leaves the other requests exactly as they were", () => {
    const base = generateRequests(catalog, 400, 7, "2026-12-01");
    const once = addProductChoices(base, 11);
    expect(addProductChoices(base, 11)).toEqual(once);
    expect(addProductChoices(base, 12)).not.toEqual(once);
    const untouched = once.filter((r, i) => r === base[i]).length;
    expect(untouched / base.length).toBeGreaterThan(1 - PRODUCT_CHOICE_SHARE - 0.1);
    expect(untouched / base.length).toBeLessThan(1 - PRODUCT_CHOICE_SHARE + 0.1);
    // Every request it makes is one the API takes.
    for (const r of once) expect(parseQuoteRequest(JSON.parse(JSON.stringify(r)), catalog, PORTFOLIO_TODAY).ok).toBe(true);
  });

  it("moves the first registration date with the model year when a request is redated", () => {
    const request = portfolio.find((r) => r.vehicle.registeredOn !== undefined)!;
    const moved = redate(request, "2028-03-01");
    expect(moved.vehicle.year - request.vehicle.year).toBe(2);
    expect(moved.vehicle.registeredOn).toBe(`${Number(request.vehicle.registeredOn!.slice(0, 4)) + 2}${request.vehicle.registeredOn!.slice(4)}`);
    expect(redate({ ...request, vehicle: { ...request.vehicle, registeredOn: "2024-02-29" } }, "2027-12-01").vehicle.registeredOn).toBe("2025-02-28");
  });
});

describe.each(["ingosstrakh", "rosgosstrakh"])("editing the %s 2027-07-01 demonstration edition", (insurer) => {
  const portfolio = loadPortfolio();
  const current = withEdition(readBook(insurer));
  const premium = (r: TQuoteRequest, library: RateBookLibrary) => compareQuotes(redate(r, START), library, catalog).quotes.find((q) => q.insurerId === insurer)?.premium ?? null;

  it.each([
    {
      what: "the gap add-on's rate raised by 0.001",
      edit: (b: Format2Json) => {
        const gap = b.addOns.find((a) => a.id === "gap")!;
        gap.price.value = (Number(gap.price.value) + 0.001).toFixed(4);
      },
      chooses: (r: TQuoteRequest) => r.addOns.some((a) => a.id === "gap"),
    },
    {
      what: "the budget programme's built-in franchise coefficient 0.85 → 0.9",
      edit: (b: Format2Json) => (b.programmes.find((p) => p.id === "budget")!.factors!.find((f) => f.id === "budget-franchise")!.default = "0.9"),
      chooses: (r: TQuoteRequest) => r.program.level === "budget",
    },
  ])("$what changes a non-zero number of the portfolio's requests, only those choosing it", ({ edit, chooses }) => {
    const json = readBook(insurer);
    edit(json);
    const proposed = withEdition(json);
    const report = analyzeImpact({ requests: portfolio, current, proposed, catalog, insurerId: insurer, policyStart: START });
    const moved = report.changes.filter((c) => c.before !== c.after);
    expect(report.requests).toBe(3000);
    expect(moved.length).toBeGreaterThan(20);
    for (const c of moved) expect(chooses(portfolio[c.index]!), `request ${c.index}`).toBe(true);
    // Spot-check the report against pricing each moved request fully with both books.
    for (const c of moved.slice(0, 10)) {
      expect([premium(portfolio[c.index]!, current), premium(portfolio[c.index]!, proposed)]).toEqual([c.before, c.after]);
    }
  });
});
