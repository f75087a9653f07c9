/** The impact analysis run in steps (the editor's page, with its progress bar): the same report, progress told as it goes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { analyzeImpact, analyzeImpactInSteps, IMPACT_STEP } from "@/lib/editor/impact";
import { loadPortfolio } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, loadRateBook } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";

const current = getDiskLibrary();
const portfolio = loadPortfolio();

/** MAKS with every vehicle-age coefficient 10 % higher, as an editor's draft would have it. */
function raisedMaks() {
  const json = JSON.parse(readFileSync(join(process.cwd(), "data", "rate-books", "maks", "2019-01-01.json"), "utf8")) as { id: string; factors: { id: string; rows: { value: string }[] }[] };
  const table = json.factors.find((t) => t.id === "vehicle-age")!;
  table.rows = table.rows.map((r) => ({ ...r, value: (Number(r.value) * 1.1).toFixed(4) }));
  const others = [...current.values()].flat().filter((b) => b.id !== json.id);
  return buildLibrary([...others, loadRateBook(json, "test edit")]);
}

describe("analyzeImpactInSteps", () => {
  it("gives analyzeImpact's report, telling the progress after every step and yielding between steps", async () => {
    const input = { requests: portfolio, current, proposed: raisedMaks(), catalog, insurerId: "maks", policyStart: "2026-11-22" };
    const progress: [number, number][] = [];
    let turns = 0;
    const report = await analyzeImpactInSteps(
      input,
      (done, total) => progress.push([done, total]),
      async () => {
        turns += 1;
      },
    );
    expect(report).toEqual(analyzeImpact(input));
    expect(report.count).toBeGreaterThan(1000);
    const total = portfolio.length;
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.slice(1, -1).map(([done]) => done)).toEqual(Array.from({ length: Math.ceil(total / IMPACT_STEP) - 1 }, (_, i) => (i + 1) * IMPACT_STEP));
    expect(turns).toBe(Math.ceil(total / IMPACT_STEP));
  });
});
