/**
 * The streamed impact analysis (a portfolio file, worker threads, premium-only pricing, only the
 * report's numbers kept) gives analyzeImpact's report for the same requests.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeImpact, type ImpactReport } from "@/lib/editor/impact";
import { streamImpact } from "@/lib/editor/impact-stream.server";
import { loadPortfolio, parsePortfolio, portfolioPath } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, compileRateBook, parseRateBook, type TRateBook } from "@/lib/rating";
import { generateRequests } from "@/lib/sample/generate-requests";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";

const sources: TRateBook[] = [...fixtureLibrary().values()].flat().map((b) => b.source);

/** MAKS with 3–4-year-old cars 10 % dearer, a Kia Rio base rate changed, and cars over 5 years declined. */
function editedMaks(): TRateBook {
  const json = structuredClone(sources.find((b) => b.id === "maks-2019-01-01")!) as TRateBook & { factors: { id: string; rows: { when: Record<string, unknown>; value: string }[] }[] };
  const row = json.factors.find((t) => t.id === "vehicle-age")!.rows.find((r) => (r.when["vehicle.ageYears"] as { gte?: number } | undefined)?.gte === 3)!;
  row.value = (Number(row.value) * 1.1).toFixed(4);
  (json.components as { damage: { byModel: Record<string, string> } }).damage.byModel["kia-rio"] = "0.08";
  json.eligibility.maxVehicleAgeYears = 5;
  return parseRateBook(json, "edited maks");
}

const proposed = [...sources.filter((b) => b.id !== "maks-2019-01-01"), editedMaks()];

/** MAKS with only values changed (3–4-year-old cars 10 % dearer, a Kia Rio base rate): an edit with a footprint. */
function valueEditedMaks(): TRateBook {
  const json = structuredClone(sources.find((b) => b.id === "maks-2019-01-01")!) as TRateBook & { factors: { id: string; rows: { when: Record<string, unknown>; value: string }[] }[] };
  const row = json.factors.find((t) => t.id === "vehicle-age")!.rows.find((r) => (r.when["vehicle.ageYears"] as { gte?: number } | undefined)?.gte === 3)!;
  row.value = (Number(row.value) * 1.1).toFixed(4);
  (json.components as { damage: { byModel: Record<string, string> } }).damage.byModel["kia-rio"] = "0.08";
  return parseRateBook(json, "value-edited maks");
}

function expected(requests = loadPortfolio()): Omit<ImpactReport, "changes"> {
  return withoutChanges(analyzeImpact({
    requests,
    current: buildLibrary(sources.map(compileRateBook)),
    proposed: buildLibrary(proposed.map(compileRateBook)),
    catalog,
    insurerId: "maks",
  }));
}

/** analyzeImpact's report without its per-request list, which the streamed report does not keep. */
function withoutChanges(report: ImpactReport): Omit<ImpactReport, "changes"> {
  const copy: Partial<ImpactReport> = { ...report };
  delete copy.changes;
  return copy as Omit<ImpactReport, "changes">;
}

describe("streamImpact", () => {
  it("in this thread: analyzeImpact's report over the portfolio file", async () => {
    const progress: number[] = [];
    const report = await streamImpact({ path: portfolioPath(), current: sources, proposed, insurerId: "maks", workers: 0, maxDeclineChanges: Infinity, onProgress: (p) => progress.push(p.requests) });
    const want = expected();
    expect(want.count).toBeGreaterThan(1000);
    expect(want.newlyDeclined).toBeGreaterThan(0);
    expect(report).toEqual(want);
    expect(progress.at(-1)).toBe(3000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const capped = await streamImpact({ path: portfolioPath(), current: sources, proposed, insurerId: "maks", workers: 0, maxDeclineChanges: 5 });
    expect(capped.declineChanges).toEqual(want.declineChanges.slice(0, 5));
    expect(capped.newlyDeclined).toBe(want.newlyDeclined);
  }, 120_000);

  it("on worker threads, with blank lines, an even count and a policy start: the same report", async () => {
    const lines = readFileSync(portfolioPath(), "utf8").split("\n").filter((l) => l.trim() !== "").slice(0, 2500);
    const file = join(mkdtempSync(join(tmpdir(), "kasko-impact-")), "portfolio.jsonl");
    writeFileSync(file, lines.map((l, i) => (i % 500 === 0 ? `\n${l}\r\n` : `${l}\n`)).join(""));
    const report = await streamImpact({ path: file, current: sources, proposed, insurerId: "maks", workers: 2, policyStart: "2027-03-01", topMovers: 7, maxDeclineChanges: Infinity });
    const want = withoutChanges(analyzeImpact({
      requests: loadPortfolio().slice(0, 2500),
      current: buildLibrary(sources.map(compileRateBook)),
      proposed: buildLibrary(proposed.map(compileRateBook)),
      catalog,
      insurerId: "maks",
      policyStart: "2027-03-01",
      topMovers: 7,
    }));
    expect(report).toEqual(want);
  }, 120_000);

  it("a value-only edit, most requests out of its reach: the report of pricing both editions in full, on the portfolio and on generated requests", async () => {
    const valueProposed = [...sources.filter((b) => b.id !== "maks-2019-01-01"), valueEditedMaks()];
    const generated = join(mkdtempSync(join(tmpdir(), "kasko-impact-")), "generated.jsonl");
    writeFileSync(generated, `${generateRequests(catalog, 20_000, 77).map((r) => JSON.stringify(r)).join("\n")}\n`);
    for (const [path, workers] of [[portfolioPath(), 0], [generated, 2]] as const) {
      const requests = parsePortfolio(readFileSync(path, "utf8"), path);
      const full = withoutChanges(analyzeImpact({
        requests,
        current: buildLibrary(sources.map(compileRateBook)),
        proposed: buildLibrary(valueProposed.map(compileRateBook)),
        catalog,
        insurerId: "maks",
        skipUntouched: false,
      }));
      const report = await streamImpact({ path, current: sources, proposed: valueProposed, insurerId: "maks", workers, maxDeclineChanges: Infinity });
      expect(report).toEqual(full);
      // The edit moves some premiums and leaves most alone.
      expect(full.count).toBeGreaterThan(requests.length / 2);
      expect(full.meanChangePercent).not.toBe("0.00");
      expect(full.medianChangePercent).toBe("0.00");
    }
  }, 120_000);

  it("names the file and line of an invalid request", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kasko-impact-")), "bad.jsonl");
    const first = readFileSync(portfolioPath(), "utf8").split("\n")[0]!;
    writeFileSync(file, `${first}\n${first}\n{"policyStart":"2026-12-01","region":"00"}\n`);
    await expect(streamImpact({ path: file, current: sources, proposed, insurerId: "maks", workers: 0 })).rejects.toThrow(/bad\.jsonl, line 3: invalid quote request/);
  });
});
