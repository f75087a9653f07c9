/**
 * The benchmark's proposed change: MAKS with 3–4-year-old cars' coefficient × 1.1 and the Kia
 * Rio's damage base rate changed (it reaches about a fifth of the requests). With
 * BENCH_EDIT=broad, every row of the vehicle-age table × 1.1 instead: a table every request
 * reads, so every request is priced with both editions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal, parseRateBook, type TRateBook } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";

export const INSURER = "maks";

export function benchEdition(): { current: TRateBook[]; proposed: TRateBook[] } {
  const current = [...getDiskLibrary().values()].flat().map((b) => b.source);
  const json = JSON.parse(readFileSync(join(process.cwd(), "data", "rate-books", INSURER, "2019-01-01.json"), "utf8"));
  const vehicleAge = json.factors.find((t: { id: string }) => t.id === "vehicle-age");
  if (process.env.BENCH_EDIT === "broad") {
    for (const row of vehicleAge.rows as { value: string }[]) row.value = new Decimal(row.value).times("1.1").toString();
  } else {
    const row = vehicleAge.rows.find((r: { when: Record<string, unknown> }) => (r.when["vehicle.ageYears"] as { gte?: number })?.gte === 3);
    row.value = new Decimal(row.value).times("1.1").toString();
    json.components.damage.byModel["kia-rio"] = "0.08";
  }
  const edited = parseRateBook(json, "bench edit");
  return { current, proposed: [...current.filter((b) => b.id !== edited.id), edited] };
}
