import { catalog } from "@/lib/catalog";
import { compareSummary, compareQuotes, parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";
import { plainCompare } from "./plain-number-baseline";
const library = getDiskLibrary();
const reqs = generateRequests(catalog, 2000, 42).map((r) => { const p = parseQuoteRequest(r, catalog, "2026-11-22"); if (!p.ok) throw 1; return p.request; });
const fns = { summary: (r: any) => compareSummary(r, library, catalog), plain: (r: any) => plainCompare(r, library, catalog), full: (r: any) => compareQuotes(r, library, catalog) } as const;
const which = (process.argv[2] ?? "summary,plain").split(",") as (keyof typeof fns)[];
for (const w of which) for (const r of reqs) fns[w](r);
const out: Record<string, number[]> = {};
for (let round = 0; round < 3; round++) for (const w of which) {
  const c = process.cpuUsage(); let n = 0; const t = Date.now();
  while (Date.now() - t < 1500) { for (let i = 0; i < 200; i++) fns[w](reqs[n++ % reqs.length]!); }
  const u = process.cpuUsage(c); (out[w] ??= []).push(Math.round(n / ((u.user + u.system) / 1e6)));
}
console.log(JSON.stringify(out));
