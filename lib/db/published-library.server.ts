// Server-only: the rate-book library the quote API prices with, read from the published editions
// in the database. A published edition never changes, so each is compiled once per process.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { buildLibrary, loadRateBook, type CompiledRateBook, type RateBookLibrary } from "@/lib/rating";
import type { Db } from "./client.server";
import { catalogMakes, catalogModels, rateBookVersions } from "./schema";

/** Per database: version ids are only unique within one (a process may open several, as tests do). */
const compiledByDb = new WeakMap<Db, Map<number, CompiledRateBook>>();

/** Every published edition, compiled (new ones fetched and compiled on first sight). */
export async function loadPublishedLibrary(db: Db): Promise<RateBookLibrary> {
  return buildLibrary((await loadPublishedEditions(db)).map((e) => e.book));
}

/** Every published edition with its version id, compiled. */
export async function loadPublishedEditions(db: Db): Promise<{ id: number; book: CompiledRateBook }[]> {
  let compiled = compiledByDb.get(db);
  if (!compiled) compiledByDb.set(db, (compiled = new Map()));
  const ids = (await db.select({ id: rateBookVersions.id }).from(rateBookVersions).where(eq(rateBookVersions.status, "published"))).map((r) => r.id);
  const missing = ids.filter((id) => !compiled.has(id));
  if (missing.length > 0) {
    const rows = await db
      .select({ id: rateBookVersions.id, body: rateBookVersions.body })
      .from(rateBookVersions)
      .where(and(eq(rateBookVersions.status, "published"), inArray(rateBookVersions.id, missing)));
    for (const row of rows) compiled.set(row.id, loadRateBook(row.body, `published version ${row.id}`));
  }
  return ids.map((id) => ({ id, book: compiled.get(id)! }));
}

/** What the database publishes, as stored: the published editions (with their version ids), the current catalog's models in id order and its makes in name order. */
export interface StoredPublishedContent {
  editions: { id: number; body: unknown }[];
  models: { id: string; body: unknown }[];
  makes: { name: string; body: unknown }[];
}

/** Reads every published edition's body and every current model's and make's body (for the snapshot beside an embedded database). */
export async function loadPublishedContent(db: Db): Promise<StoredPublishedContent> {
  const [editions, models, makes] = await Promise.all([
    db.select({ id: rateBookVersions.id, body: rateBookVersions.body }).from(rateBookVersions).where(eq(rateBookVersions.status, "published")).orderBy(asc(rateBookVersions.id)),
    db.select({ id: catalogModels.id, body: catalogModels.body }).from(catalogModels).where(isNull(catalogModels.removedAt)).orderBy(asc(catalogModels.id)),
    db.select({ name: catalogMakes.name, body: catalogMakes.body }).from(catalogMakes).where(isNull(catalogMakes.removedAt)).orderBy(asc(catalogMakes.name)),
  ]);
  return { editions, models, makes };
}

/** The library of these stored editions, each compiled once per process (as loadPublishedLibrary does). */
export function libraryOfEditions(db: Db, editions: readonly { id: number; body: unknown }[]): RateBookLibrary {
  let compiled = compiledByDb.get(db);
  if (!compiled) compiledByDb.set(db, (compiled = new Map()));
  const books: CompiledRateBook[] = [];
  for (const e of editions) {
    let book = compiled.get(e.id);
    if (!book) compiled.set(e.id, (book = loadRateBook(e.body, `published version ${e.id}`)));
    books.push(book);
  }
  return buildLibrary(books);
}
