/**
 * Times analyzeImpact over the 3 000-request portfolio (data/portfolio/requests.jsonl): the current
 * library against one with a modified MAKS edition (3–4-year-old cars' coefficient +10 %, a base
 * rate changed), so every request is priced twice. Prints JSON.
 *
 *   npx tsx bench/impact.ts [runs]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { catalog } from "@/lib/catalog";
import { analyzeImpact } from "@/lib/editor/impact";
import { loadPortfolio } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, Decimal, loadRateBook } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";

const INSURER = "maks";
const runs = Number(process.argv[2] ?? 5);

const loadStart = performance.now();
const requests = loadPortfolio();
const loadSeconds = (performance.now() - loadStart) / 1000;

const current = getDiskLibrary();
const json = JSON.parse(readFileSync(join(process.cwd(), "data", "rate-books", INSURER, "2019-01-01.json"), "utf8"));
const vehicleAge = json.factors.find((t: { id: string }) => t.id === "vehicle-age");
const row = vehicleAge.rows.find((r: { when: Record<string, unknown> }) => (r.when["vehicle.ageYears"] as { gte?: number })?.gte === 3);
row.value = new Decimal(row.value).times("1.1").toString();
json.components.damage.byModel["kia-rio"] = "0.08";
const edited = loadRateBook(json, "bench edit");
const proposed = buildLibrary([...[...current.values()].flat().filter((b) => b.id !== edited.id), edited]);

const run = () => analyzeImpact({ requests, current, proposed, catalog, insurerId: INSURER });
run(); // warm-up
const times: number[] = [];
let report = run();
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  report = run();
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  JSON.stringify(
    {
      node: process.version,
      insurerId: INSURER,
      requests: requests.length,
      pricingsPerRun: requests.length * 2,
      runs,
      seconds: { median: Number(median.toFixed(3)), min: Number(times[0]!.toFixed(3)), max: Number(times[times.length - 1]!.toFixed(3)) },
      requestsPerSecond: Math.round(requests.length / median),
      portfolioLoadSeconds: Number(loadSeconds.toFixed(3)),
      result: { count: report.count, meanChangePercent: report.meanChangePercent, medianChangePercent: report.medianChangePercent, newlyDeclined: report.newlyDeclined },
    },
    null,
    2,
  ),
);
