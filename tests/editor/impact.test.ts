/**
 * Impact analysis over the portfolio: current vs proposed libraries built from real rate books,
 * one of them edited the way a tariff editor would.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeImpact, IMPACT_BIN_EDGES_PERCENT, type ImpactReport } from "@/lib/editor/impact";
import { loadPortfolio } from "@/lib/editor/load-portfolio.server";
import { formToRequest } from "@/lib/form/to-request";
import { decodeForm, encodeForm, paramsOf, requestToForm } from "@/lib/form/url-codec";
import { buildLibrary, compareQuotes, Decimal, loadRateBook, parseQuoteRequest, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { fixtureLibrary, fixturePath } from "@/tests/helpers/fixture-library";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TODAY = "2026-11-22";
const current = fixtureLibrary();
const portfolio = loadPortfolio();

function rateBookJson(insurer: string, edition = "2019-01-01"): Json {
  return JSON.parse(readFileSync(fixturePath(insurer, edition), "utf8")) as Json;
}

/** The disk library with one edition replaced by `json` (compiled as the editor would: loadRateBook). */
function libraryWith(json: Json): RateBookLibrary {
  const others = [...current.values()].flat().filter((b) => b.id !== json.id);
  return buildLibrary([...others, loadRateBook(json, "test edit")]);
}

/** What the calculator does with `/?${query}`: decode the form, build the request, validate it. */
function requestFromQuery(query: string): TQuoteRequest {
  const raw = formToRequest(decodeForm(paramsOf(query)), catalog);
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`${query} does not give a valid request: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.request;
}

function quoteAt(request: TQuoteRequest, library: RateBookLibrary, insurerId: string) {
  return compareQuotes(request, library, catalog).quotes.find((q) => q.insurerId === insurerId);
}

const carAge = (r: TQuoteRequest) => Math.max(0, Number(r.policyStart.slice(0, 4)) - r.vehicle.year);

function checkShape(report: ImpactReport) {
  expect(report.bins.map((b) => [b.fromPercent, b.toPercent])).toEqual([
    [null, "-20"],
    ["-20", "-10"],
    ["-10", "-5"],
    ["-5", "-1"],
    ["-1", "1"],
    ["1", "5"],
    ["5", "10"],
    ["10", "20"],
    ["20", null],
  ]);
  expect(report.bins.reduce((n, b) => n + b.count, 0)).toBe(report.count);
  expect(report.changes).toHaveLength(report.count);
  expect(report.count + report.newlyDeclined + report.newlyQuoted).toBeLessThanOrEqual(report.requests);
  expect(report.declinedBefore).toBe(report.requests - report.quotedBefore);
  expect(report.declinedAfter - report.declinedBefore).toBe(report.newlyDeclined - report.newlyQuoted);
  const abs = report.topMovers.map((m) => new Decimal(m.changePercent).abs());
  for (let i = 1; i < abs.length; i += 1) expect(abs[i - 1]!.gte(abs[i]!)).toBe(true);
  expect(report.topMovers.length).toBe(Math.min(20, report.count));
  // Each bin holds exactly the changes (as shown) within its half-open edges [from, to).
  const edges = IMPACT_BIN_EDGES_PERCENT.map((e) => new Decimal(e));
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const c of report.changes) {
    expect(c.changePercent).toMatch(/^-?\d+\.\d{2}$/);
    const exact = new Decimal(c.after).minus(c.before).div(c.before).times(100);
    expect(exact.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-0\.00$/, "0.00")).toBe(c.changePercent);
    counts[edges.filter((e) => new Decimal(c.changePercent).gte(e)).length]! += 1;
  }
  expect(report.bins.map((b) => b.count)).toEqual(counts);
}

describe("analyzeImpact", () => {
  it("current = proposed: every change 0, all in the −1…+1 bin, mean = median = 0.00", () => {
    // The same library object, and an equal library compiled afresh (so nothing is shared).
    const fresh = libraryWith(rateBookJson("maks"));
    for (const proposed of [current, fresh]) {
      const report = analyzeImpact({ requests: portfolio, current, proposed, catalog, insurerId: "maks" });
      checkShape(report);
      expect(report.count).toBeGreaterThan(1000);
      expect(report.changes.every((c) => c.changePercent === "0.00" && c.before === c.after)).toBe(true);
      expect(report.bins.map((b) => b.count)).toEqual([0, 0, 0, 0, report.count, 0, 0, 0, 0]);
      expect(report.meanChangePercent).toBe("0.00");
      expect(report.medianChangePercent).toBe("0.00");
      expect(report.totalChangePercent).toBe("0.00");
      expect(report.premiumTotalAfter).toBe(report.premiumTotalBefore);
      expect([report.newlyDeclined, report.newlyQuoted]).toEqual([0, 0]);
      expect(report.declineChanges).toEqual([]);
    }
  });

  describe("the vehicle-age coefficient for 3–4-year-old cars raised by 10 % at MAKS", () => {
    let proposed: RateBookLibrary;
    let report: ImpactReport;
    beforeAll(() => {
      const json = rateBookJson("maks");
      const row = (json.factors as Json[]).find((t) => t.id === "vehicle-age")!.rows.find((r: Json) => r.when["vehicle.ageYears"]?.gte === 3);
      if (row.value !== "1.035") throw new Error(`test setup: MAKS's 3–4-year coefficient is ${row.value}, expected 1.035`);
      row.value = new Decimal(row.value).times("1.1").toString(); // 1.1385
      proposed = libraryWith(json);
      report = analyzeImpact({ requests: portfolio, current, proposed, catalog, insurerId: "maks" });
    });

    it("changes 3–4-year-old cars by +10 % before rounding, +10.00 % unless rounding or the minimum steps in; the others by 0", () => {
      checkShape(report);
      let exact = 0;
      let cohort = 0;
      for (const c of report.changes) {
        const request = portfolio[c.index]!;
        if (carAge(request) !== 3 && carAge(request) !== 4) {
          expect(c.changePercent, `request ${c.index}`).toBe("0.00");
          continue;
        }
        cohort += 1;
        const before = quoteAt(request, current, "maks")!;
        const after = quoteAt(request, proposed, "maks")!;
        expect([before.premium, after.premium]).toEqual([c.before, c.after]);
        // The worksheet's total before rounding moves by exactly 10 %.
        const sum = (q: typeof before) => new Decimal(q.steps.find((s) => s.factor === "sum")!.total);
        expect(sum(after).eq(sum(before).times("1.1")), `request ${c.index}`).toBe(true);
        // Then MAKS's rounding steps: the rate in percent to 4 decimals, the minimum premium, kopecks.
        const sumInsured = new Decimal(request.vehicle.price);
        const rounded = sumInsured.times(sum(after).div(sumInsured).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP)).div(100);
        expect(Decimal.max(rounded, 5000).toFixed(2, Decimal.ROUND_HALF_UP)).toBe(after.premium);
        const minimum = [before, after].some((q) => q.steps.some((s) => s.factor === "minimum-premium"));
        if (minimum) {
          // The minimum premium takes the place of the computed one: the change is smaller, never larger.
          expect(new Decimal(c.changePercent).lte(10)).toBe(true);
          expect(new Decimal(c.changePercent).gte(0)).toBe(true);
        } else {
          // Rounding the rate to 4 decimals (in percent) moves small rates by up to a few hundredths of a percent.
          expect(new Decimal(c.changePercent).minus(10).abs().lte("0.05"), `request ${c.index}: ${c.changePercent}`).toBe(true);
          if (c.changePercent === "10.00") exact += 1;
        }
      }
      expect(cohort).toBeGreaterThan(300);
      expect(exact / cohort).toBeGreaterThan(0.8);
      expect(report.bins[7]!.count).toBeGreaterThanOrEqual(exact); // "10.00" is in [+10, +20)
      expect([report.newlyDeclined, report.newlyQuoted]).toEqual([0, 0]);
      expect(report.meanChangePercent).not.toBe("0.00");
      expect(report.medianChangePercent).toBe("0.00"); // most cars are of other ages
    });

    it("lists the top movers, largest |change| first, each opening the calculator on the same request", () => {
      expect(report.topMovers).toHaveLength(20);
      for (const mover of report.topMovers) {
        expect([3, 4]).toContain(carAge(portfolio[mover.index]!));
        expect(new Decimal(mover.changePercent).minus(10).abs().lte("0.05")).toBe(true);
        const request = requestFromQuery(mover.calculatorQuery);
        expect(request).toEqual(portfolio[mover.index]);
        expect(quoteAt(request, current, "maks")!.premium).toBe(mover.before);
        expect(quoteAt(request, proposed, "maks")!.premium).toBe(mover.after);
      }
    });
  });

  it("mean and median are of the exact changes, rounded half-up", () => {
    const json = rateBookJson("ingosstrakh");
    json.minimumPremium = "0";
    (json.factors as Json[]).find((t) => t.id === "region")!.default = "1.0333";
    const report = analyzeImpact({ requests: portfolio.slice(0, 600), current, proposed: libraryWith(json), catalog, insurerId: "ingosstrakh" });
    checkShape(report);
    // Recompute from the premiums.
    const exact = report.changes.map((c) => new Decimal(c.after).minus(c.before).div(c.before).times(100));
    const mean = exact.reduce((s, x) => s.plus(x), new Decimal(0)).div(exact.length);
    expect(report.meanChangePercent).toBe(mean.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-0\.00$/, "0.00"));
    const sorted = [...exact].sort((x, y) => x.cmp(y));
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid]! : sorted[mid - 1]!.plus(sorted[mid]!).div(2);
    expect(report.medianChangePercent).toBe(median.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-0\.00$/, "0.00"));
  });

  it("a stricter age limit declines cars that were quoted, with reasons and a calculator link", () => {
    const json = rateBookJson("maks");
    json.eligibility.maxVehicleAgeYears = 7;
    const report = analyzeImpact({ requests: portfolio, current, proposed: libraryWith(json), catalog, insurerId: "maks" });
    checkShape(report);
    expect(report.newlyDeclined).toBeGreaterThan(0);
    expect(report.newlyQuoted).toBe(0);
    for (const d of report.declineChanges) {
      expect(d.direction).toBe("newly-declined");
      expect(d.reasons).toContain("vehicle_too_old");
      expect([8, 9]).toContain(carAge(portfolio[d.index]!));
      expect(requestFromQuery(d.calculatorQuery)).toEqual(portfolio[d.index]);
    }
    expect(report.changes.every((c) => c.changePercent === "0.00")).toBe(true);
  });

  it("policyStart: a future edition has no impact on today's requests, and its impact when they start after it", () => {
    const json = rateBookJson("renaissance", "2027-01-01");
    json.components.damage.byModel["hyundai-solaris"] = new Decimal(json.components.damage.byModel["hyundai-solaris"]).times("1.2").toString();
    const proposed = libraryWith(json);
    const requests = portfolio.slice(0, 500);
    const today = analyzeImpact({ requests, current, proposed, catalog, insurerId: "renaissance" });
    expect(today.changes.every((c) => c.changePercent === "0.00")).toBe(true);
    const later = analyzeImpact({ requests, current, proposed, catalog, insurerId: "renaissance", policyStart: "2027-03-01" });
    checkShape(later);
    const solaris = later.changes.filter((c) => requests[c.index]!.vehicle.modelId === "hyundai-solaris");
    expect(solaris.length).toBeGreaterThan(0);
    expect(solaris.some((c) => c.changePercent !== "0.00")).toBe(true);
    expect(later.changes.filter((c) => requests[c.index]!.vehicle.modelId !== "hyundai-solaris").every((c) => c.changePercent === "0.00")).toBe(true);
    // The re-dated request keeps the car's age, and the link opens the re-dated request.
    for (const m of later.topMovers) {
      const opened = requestFromQuery(m.calculatorQuery);
      expect(opened.policyStart).toBe("2027-03-01");
      expect(carAge(opened)).toBe(carAge(requests[m.index]!));
    }
  });

  it("an insurer missing from the proposed library declines everything (no rate book)", () => {
    const proposed = new Map([...current].filter(([id]) => id !== "liberty"));
    const report = analyzeImpact({ requests: portfolio.slice(0, 200), current, proposed, catalog, insurerId: "liberty" });
    expect(report.quotedAfter).toBe(0);
    expect(report.count).toBe(0);
    expect(report.meanChangePercent).toBeNull();
    expect(report.medianChangePercent).toBeNull();
    expect(report.newlyDeclined).toBe(report.quotedBefore);
    expect(report.declineChanges.every((d) => d.reasons.includes("no_rate_book"))).toBe(true);
  });
});

describe("requestToForm", () => {
  it("round-trips every portfolio request through the calculator URL", () => {
    for (const request of portfolio) {
      expect(requestFromQuery(encodeForm(requestToForm(request)))).toEqual(request);
    }
  });

  it("keeps unanswered driver questions unanswered and the franchise of each kind", () => {
    const parsed = parseQuoteRequest(
      {
        policyStart: "2026-12-01",
        region: "38",
        vehicle: { modelId: "mazda-3", year: 2024, price: "1200000.50" },
        drivers: [{ age: 30, experienceYears: 5 }, { age: 45, experienceYears: 20, married: false }],
        franchise: { type: "percent", percent: 0.75 },
      },
      catalog,
      TODAY,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const form = requestToForm(parsed.request);
    expect(form.drivers).toEqual([
      { age: "30", experience: "5", sex: "", married: "", children: "" },
      { age: "45", experience: "20", sex: "", married: "no", children: "" },
    ]);
    expect([form.franchise, form.franchisePercent, form.price, form.power]).toEqual(["percent", "0.75", "1200000.5", ""]);
    expect(requestFromQuery(encodeForm(form))).toEqual(parsed.request);
  });
});
