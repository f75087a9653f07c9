/**
 * The impact analysis of a format-2 rate book (programmes, add-ons, short terms, instalments):
 * a draft that changes one add-on's rate, a flat programme's rate, rows of an add-on's price table
 * or a programme's own table moves exactly the requests
 * that choose it, by exactly the difference of pricing each request (fully, with worksheets)
 * with the book before and after the change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeImpact, redate } from "@/lib/editor/impact";
import { loadPortfolio } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, compareQuotes, Decimal, loadRateBook, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";

const INSURER = "ingosstrakh";
const START = "2027-08-01";
const TERMS = [12, 12, 6, 3, 1, 9] as const;
const MINIMUM = "15000.00";
const INSTALMENTS = [1, 2, 3, 4, 6, 12] as const;

interface Format2Json {
  id: string;
  programmes: { id: string; pricing?: { type: string; rate: string }; factors?: { default?: string }[] }[];
  addOns: { id: string; price: { basis: string; value?: string; rows?: { when: Record<string, unknown>; value: string }[] } }[];
}

const readBook = () => JSON.parse(readFileSync(join(process.cwd(), "data", "rate-books", INSURER, "2027-07-01.json"), "utf8")) as Format2Json;
const disk = getDiskLibrary();

/** The disk library with the insurer's 2027-07-01 edition replaced by `json` (an editor's draft of it). */
function withEdition(json: Format2Json): RateBookLibrary {
  const others = [...disk.values()].flat().filter((b) => b.id !== json.id);
  return buildLibrary([...others, loadRateBook(json, "draft")]);
}

/**
 * Portfolio requests choosing, in turn, the gap add-on, the flat «mini» programme, ДСАГО
 * (1 000 000 ₽, no trailer) or the «budget» programme, or nothing extra; terms and instalments
 * varied. The portfolio's own programme and add-on choices are set aside, so that each request
 * chooses exactly what is named here.
 */
function requests(): TQuoteRequest[] {
  return loadPortfolio()
    .slice(0, 320)
    .map((r, i): TQuoteRequest => {
      const base = { ...r, program: {}, addOns: [], policyTermMonths: TERMS[i % TERMS.length]!, installments: INSTALMENTS[(i >> 2) % INSTALMENTS.length]! };
      switch (i % 4) {
        case 0:
          return { ...base, addOns: [{ id: "gap" }] };
        case 1:
          // Dearer cars, so that most of these premiums lie above the book's minimum premium.
          return { ...base, vehicle: { ...base.vehicle, price: Decimal.max(base.vehicle.price, "4000000").toFixed(0) }, program: { byInsurer: { [INSURER]: "mini" } } };
        case 2:
          return i % 8 === 2 ? { ...base, addOns: [{ id: "dsago", sumInsured: "1000000", trailer: false }] } : { ...base, vehicle: { ...base.vehicle, price: Decimal.max(base.vehicle.price, "4000000").toFixed(0) }, program: { byInsurer: { [INSURER]: "budget" } } };
        default:
          return base;
      }
    });
}

/** The insurer's premium for the request priced fully (worksheets), or null when it declines. */
function fullPremium(request: TQuoteRequest, library: RateBookLibrary): string | null {
  return compareQuotes(redate(request, START), library, catalog).quotes.find((q) => q.insurerId === INSURER)?.premium ?? null;
}

describe("impact analysis of a format-2 rate book", () => {
  const portfolio = requests();
  const current = withEdition(readBook());

  it.each([
    {
      what: "the gap add-on's rate 0.006 → 0.007",
      edit: (b: Format2Json) => (b.addOns.find((a) => a.id === "gap")!.price.value = "0.007"),
      chooses: (r: TQuoteRequest) => r.addOns.some((a) => a.id === "gap"),
    },
    {
      what: "the flat «mini» programme's rate 0.006 → 0.0065",
      edit: (b: Format2Json) => (b.programmes.find((p) => p.id === "mini")!.pricing!.rate = "0.0065"),
      chooses: (r: TQuoteRequest) => r.program.byInsurer?.[INSURER] === "mini",
    },
    {
      what: "the ДСАГО price table's rows for 1 000 000 ₽ without a trailer (2400 → 2500, 1920 → 2000), as the editor's grid writes them",
      edit: (b: Format2Json) => {
        const rows = b.addOns.find((a) => a.id === "dsago")!.price.rows!;
        for (const row of rows) if (row.when["addOn.sumInsured"] === 1000000 && row.when["addOn.trailer"] === false) row.value = row.value === "2400" ? "2500" : "2000";
      },
      chooses: (r: TQuoteRequest) => r.addOns.some((a) => a.id === "dsago"),
    },
    {
      what: "the «budget» programme's own table's default 0.85 → 0.9",
      edit: (b: Format2Json) => (b.programmes.find((p) => p.id === "budget")!.factors![0]!.default = "0.9"),
      // The table applies to damage: a theft-only policy does not read it.
      chooses: (r: TQuoteRequest) => r.program.byInsurer?.[INSURER] === "budget" && r.coverage !== "theft",
    },
  ])("$what: the report's figures are the differences of pricing each request with both books", ({ edit, chooses }) => {
    const json = readBook();
    edit(json);
    const proposed = withEdition(json);
    const report = analyzeImpact({ requests: portfolio, current, proposed, catalog, insurerId: INSURER, policyStart: START });

    const priced = portfolio.map((r, index) => ({ index, r, before: fullPremium(r, current), after: fullPremium(r, proposed) }));
    const both = priced.filter((p) => p.before !== null && p.after !== null);
    // Enough requests of each kind are quoted for the comparison to mean something.
    expect(both.filter((p) => chooses(p.r)).length).toBeGreaterThan(20);
    expect(both.filter((p) => !chooses(p.r)).length).toBeGreaterThan(60);
    // The edit changes no quote/decline status.
    expect(priced.every((p) => (p.before === null) === (p.after === null))).toBe(true);

    expect(report.requests).toBe(portfolio.length);
    expect(report.count).toBe(both.length);
    expect(report.quotedBefore).toBe(both.length);
    expect(report.quotedAfter).toBe(both.length);
    expect(report.newlyDeclined + report.newlyQuoted).toBe(0);
    expect(report.changes.map((c) => [c.index, c.before, c.after])).toEqual(both.map((p) => [p.index, p.before, p.after]));
    const sum = (xs: (string | null)[]) => xs.reduce((s, x) => s.plus(x!), new Decimal(0)).toFixed(2);
    expect(report.premiumTotalBefore).toBe(sum(both.map((p) => p.before)));
    expect(report.premiumTotalAfter).toBe(sum(both.map((p) => p.after)));

    // Exactly the requests that choose the add-on or programme move, all upwards (but those held
    // at the book's minimum premium, 15 000 ₽, on both sides); the others do not move.
    const moved = new Set(report.changes.filter((c) => c.before !== c.after).map((c) => c.index));
    const atMinimum = (p: (typeof both)[number]) => p.before === MINIMUM && p.after === MINIMUM;
    for (const p of both) {
      const moves = chooses(p.r) && !atMinimum(p);
      if (moves) expect(new Decimal(p.after!).gt(p.before!), `request ${p.index}`).toBe(true);
      expect(moved.has(p.index), `request ${p.index}`).toBe(moves);
    }
    expect(moved.size).toBeGreaterThan(20);
  });
});
