/**
 * The fixed impact portfolio (data/portfolio/requests.jsonl): 3 000 valid requests, loaded once,
 * and the whole impact analysis over it for one insurer.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeImpact } from "@/lib/editor/impact";
import { loadPortfolio, parsePortfolio, portfolioPath } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, loadRateBook, parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";

const text = readFileSync(portfolioPath(), "utf8");
const lines = text.split("\n").filter((l) => l !== "");

describe("data/portfolio/requests.jsonl", () => {
  it("has 3 000 lines, each a valid quote request", () => {
    expect(lines).toHaveLength(3000);
    expect(text.endsWith("\n")).toBe(true);
    lines.forEach((line, i) => {
      const parsed = parseQuoteRequest(JSON.parse(line), catalog, "2026-11-22");
      expect(parsed.ok, `line ${i + 1}: ${parsed.ok ? "" : JSON.stringify(parsed.error.issues)}`).toBe(true);
    });
  });

  it("is varied: every coverage, franchise kind, several regions and models, unlimited and named drivers", () => {
    const requests = loadPortfolio();
    expect(new Set(requests.map((r) => r.coverage)).size).toBe(3);
    expect(new Set(requests.map((r) => r.franchise.type)).size).toBe(4);
    expect(new Set(requests.map((r) => r.region)).size).toBeGreaterThan(50);
    expect(new Set(requests.map((r) => r.vehicle.modelId)).size).toBeGreaterThan(40);
    expect(requests.some((r) => r.unlimitedDrivers)).toBe(true);
    expect(requests.some((r) => r.drivers.length > 1)).toBe(true);
  });

  it("loads once per process, validated, in file order", () => {
    const first = loadPortfolio();
    expect(first).toHaveLength(3000);
    expect(loadPortfolio()).toBe(first);
    expect(first[0]).toEqual((parseQuoteRequest(JSON.parse(lines[0]!), catalog, "2026-11-22") as { request: unknown }).request);
  });

  it("a line that fails validation throws with its line number", () => {
    const bad = JSON.parse(lines[1]!) as Record<string, unknown>;
    bad.region = "00";
    const broken = [lines[0], JSON.stringify(bad), lines[2]].join("\n");
    expect(() => parsePortfolio(broken, "test.jsonl")).toThrow(/test\.jsonl, line 2: invalid quote request: region: unknown region/);
    expect(() => parsePortfolio(`${lines[0]}\n\n{oops`, "test.jsonl")).toThrow(/line 3: not valid JSON/);
    const undated = JSON.parse(lines[0]!) as Record<string, unknown>;
    delete undated.policyStart;
    expect(() => parsePortfolio(JSON.stringify(undated), "test.jsonl")).toThrow(/line 1: a portfolio request must give its policyStart/);
    expect(parsePortfolio(`\n${lines[0]}\n\n`, "test.jsonl")).toHaveLength(1);
  });

  it("the whole impact analysis over the portfolio runs for one insurer", () => {
    const current = getDiskLibrary();
    const json = JSON.parse(readFileSync("data/rate-books/rosgosstrakh/2019-01-01.json", "utf8")) as { id: string; minimumPremium: string };
    json.minimumPremium = "9000";
    const proposed = buildLibrary([...[...current.values()].flat().filter((b) => b.id !== json.id), loadRateBook(json, "test")]);
    const report = analyzeImpact({ requests: loadPortfolio(), current, proposed, catalog, insurerId: "rosgosstrakh" });
    expect(report.requests).toBe(3000);
    expect(report.count).toBeGreaterThan(1500);
    expect(report.bins.reduce((n, b) => n + b.count, 0)).toBe(report.count);
    // A higher minimum premium only raises premiums.
    expect(report.changes.every((c) => !c.changePercent.startsWith("-"))).toBe(true);
    expect(report.changes.some((c) => c.after === "9000.00")).toBe(true);
  });
});
