// Server-only: the rate books and the vehicle catalog shipped in data/, as the seed loads them
// into the database, and two cheap fingerprints that tell whether a snapshot of the published
// library still belongs to this build (see published-snapshot.server.ts):
// - shippedFingerprint: the editions (insurer and date, from the file names) and the model ids
//   and make names of data/ — exactly what decides whether the seed would add anything;
// - migrationsFingerprint: the migrations this build applies.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { makeList, vehicleCatalog, type TVehicleModel } from "@/lib/catalog";
import type { TVehicleMake } from "@/lib/catalog/schema";
import { loadRateBooksFromDir, rateBookDir } from "@/lib/rate-books/load-from-disk.server";
import type { CompiledRateBook } from "@/lib/rating";
import { MIGRATIONS_DIR } from "./data-dir";

/** A rate-book file of data/rate-books: `<insurer>/<effectiveFrom>.json`. */
export interface ShippedFile {
  insurerId: string;
  effectiveFrom: string;
  path: string;
}

/** The rate-book files under `dir`, from their names alone (nothing read or parsed). */
export function listShippedRateBooks(dir = rateBookDir()): ShippedFile[] {
  const files: ShippedFile[] = [];
  for (const insurer of readdirSync(dir, { withFileTypes: true })) {
    if (!insurer.isDirectory()) continue;
    for (const file of readdirSync(join(dir, insurer.name)).sort()) {
      if (file.endsWith(".json")) files.push({ insurerId: insurer.name, effectiveFrom: file.slice(0, -".json".length), path: join(dir, insurer.name, file) });
    }
  }
  return files;
}

/** The shipped editions, models and makes by name: what the seed compares with the database. */
export function shippedFingerprint(dir = rateBookDir(), models: readonly TVehicleModel[] = vehicleCatalog.models, makes: readonly TVehicleMake[] = makeList): string {
  const hash = createHash("sha256");
  for (const f of listShippedRateBooks(dir)
    .map((f) => `${f.insurerId}/${f.effectiveFrom}`)
    .sort()) {
    hash.update(`B${f}\n`);
  }
  for (const id of models.map((m) => m.id).sort()) hash.update(`M${id}\n`);
  for (const name of makes.map((m) => m.name).sort()) hash.update(`K${name}\n`);
  return hash.digest("hex");
}

/** The migrations this build applies, in order (their tags from the journal). */
export function migrationsFingerprint(dir = MIGRATIONS_DIR): string {
  try {
    const journal = JSON.parse(readFileSync(join(dir, "meta", "_journal.json"), "utf8")) as { entries?: { tag?: string }[] };
    return (journal.entries ?? []).map((e) => e.tag).join(",");
  } catch {
    return "";
  }
}

/** The shipped rate books, read and compiled, and the catalog's models and makes. */
export interface ShippedData {
  books: CompiledRateBook[];
  models: readonly TVehicleModel[];
  makes: readonly TVehicleMake[];
}

const globalForShipped = globalThis as unknown as { kaskoShipped?: Map<string, ShippedData> };

/**
 * The rate books of `dir` compiled, read once per process: the seed and the first quotes of a
 * new data directory use the very same books (so those quotes price with what is being seeded).
 */
export function shippedData(dir = rateBookDir()): ShippedData {
  const memo = (globalForShipped.kaskoShipped ??= new Map());
  let data = memo.get(dir);
  if (!data) memo.set(dir, (data = { books: loadRateBooksFromDir(dir), models: vehicleCatalog.models, makes: makeList }));
  return data;
}
