/**
 * The calculator's model type-ahead over the whole catalog: how long one search takes (what the
 * browser does on every keystroke) and how long making the search items takes (once per page).
 * `npm run bench:type-ahead`. Reports the median and the 99th percentile per keystroke.
 */
import { performance } from "node:perf_hooks";
import { vehicleCatalog } from "@/lib/catalog";
import { searchItems } from "@/lib/catalog/search";
import { modelSearchItems } from "@/lib/catalog/search-items";

/** What people type, keystroke by keystroke: Russian, Latin, a make alone, typos, nothing found. */
const TYPED = ["Солярис", "камри", "Hyundai Solarsi", "тойота", "Kia Seltoz", "монджаро", "Жигули Копейка", "lc300", "Tigo 8", "гранта кросс"];
const ROUNDS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** The models the catalog had before it grew, for comparison. */
const ORIGINAL = new Set("audi-a6 bmw-3-series bmw-x5 chery-tiggo-7-pro ford-focus geely-coolray haval-f7 haval-jolion hyundai-creta hyundai-elantra hyundai-solaris hyundai-tucson kia-cerato kia-optima kia-rio kia-sportage lada-granta lada-largus lada-niva-legend lada-niva-travel lada-vesta lada-xray lexus-rx mazda-3 mazda-6 mazda-cx-5 mercedes-benz-e-class mitsubishi-outlander nissan-qashqai nissan-x-trail renault-duster renault-kaptur renault-logan renault-sandero skoda-kodiaq skoda-octavia skoda-rapid toyota-camry toyota-corolla toyota-land-cruiser-200 toyota-land-cruiser-prado toyota-rav4 uaz-patriot volkswagen-polo volkswagen-tiguan".split(" "));

function measure(label: string, models: typeof vehicleCatalog.models) {
  const t0 = performance.now();
  let items = modelSearchItems(models);
  for (let i = 0; i < 99; i += 1) items = modelSearchItems(models);
  const buildMs = (performance.now() - t0) / 100;
  const prefixes = TYPED.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)));
  // Warm-up, then one timing per keystroke per round.
  for (const q of prefixes) searchItems(items, q);
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const q of prefixes) {
      const start = performance.now();
      searchItems(items, q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const keys = items.reduce((n, i) => n + i.keys.length, 0);
  console.log(`${label}: ${items.length} models, ${keys} search keys`);
  console.log(`  building the search items: ${buildMs.toFixed(3)} ms`);
  console.log(`  one keystroke (${prefixes.length} prefixes × ${ROUNDS}): median ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`);
}

measure("the original models", vehicleCatalog.models.filter((m) => ORIGINAL.has(m.id)));
measure("the whole catalog", vehicleCatalog.models);
