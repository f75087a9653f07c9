// Server-only: the vehicle catalog in the database — seeded from data/catalog/vehicles.json,
// edited in the tariff editor (add, change, remove), every change audited and made in one
// transaction. See docs/decisions/0022-open-vehicle-catalog.md.
import { asc, eq, isNull, sql } from "drizzle-orm";
import { buildCatalog, type Catalog } from "@/lib/catalog";
import { modelReferences, unknownModels } from "@/lib/catalog/model-references";
import type { ModelIssue } from "@/lib/catalog/model-form";
import type { TVehicleModel } from "@/lib/catalog/schema";
import { authorize, type Actor } from "@/lib/editor/actions/authorize";
import type { Failure } from "@/lib/editor/actions/result";
import { parseMakeRow, parseModelRow } from "./catalog-rows";
import type { Db } from "./client.server";
import { announcePublished } from "./publications.server";
import { invalidatePublishedSnapshots } from "./published-snapshot.server";
import { auditLog, catalogMakes, catalogModels, rateBookVersions } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * The advisory lock that orders catalog removals and rate-book publications on PostgreSQL: a
 * model cannot be removed while an edition naming it is being published, nor the other way round.
 */
const CATALOG_LOCK_KEY = 7_245_013;

/** Takes the catalog lock until the transaction ends (PGlite has one connection: a no-op there in effect). */
export async function lockCatalog(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CATALOG_LOCK_KEY})`);
}

/** Adds the models of data/ that the database does not have yet; models already there (also removed ones) are left alone. */
export async function seedCatalog(db: Db, models: readonly TVehicleModel[]): Promise<{ inserted: number; existing: number }> {
  return db.transaction(async (tx) => {
    const have = new Set((await tx.select({ id: catalogModels.id }).from(catalogModels)).map((r) => r.id));
    const missing = models.filter((m) => !have.has(m.id));
    if (missing.length > 0) {
      invalidatePublishedSnapshots();
      await tx.insert(catalogModels).values(missing.map((m) => ({ id: m.id, body: m }))).onConflictDoNothing();
      await tx.insert(auditLog).values({ userId: null, action: "catalog.import", details: { models: missing.map((m) => m.id) } });
    }
    return { inserted: missing.length, existing: models.length - missing.length };
  });
}

const parseRow = parseModelRow;

export { parseMakeRow };


/**
 * The current catalog (removed models and makes left out), in id order, with the makes (their
 * names and spellings, for the type-ahead). `withRemoved` keeps removed models too: for pricing
 * again what was saved before a model was removed (price alerts, the names on a commercial offer).
 */
export async function loadCatalog(db: Db, options: { withRemoved?: boolean } = {}): Promise<Catalog> {
  const [rows, makeRows] = await Promise.all([
    db
      .select({ id: catalogModels.id, body: catalogModels.body })
      .from(catalogModels)
      .where(options.withRemoved ? undefined : isNull(catalogModels.removedAt))
      .orderBy(asc(catalogModels.id)),
    db.select({ name: catalogMakes.name, body: catalogMakes.body }).from(catalogMakes).where(isNull(catalogMakes.removedAt)).orderBy(asc(catalogMakes.name)),
  ]);
  return buildCatalog(rows.map(parseRow), makeRows.map(parseMakeRow));
}

/** What changes with every change of the catalog, models and makes (every change bumps a revision, adding one also the count). */
export async function catalogStamp(db: Db | Tx): Promise<string> {
  const result = (await db.execute(
    sql`select (select count(*)::int from catalog_models) as n, (select coalesce(sum(revision), 0)::int from catalog_models) as revs, (select count(*)::int from catalog_makes) as mn, (select coalesce(sum(revision), 0)::int from catalog_makes) as mrevs`,
  )) as unknown as { rows: { n: number; revs: number; mn: number; mrevs: number }[] };
  const row = result.rows[0]!;
  return `${row.n}:${row.revs}:${row.mn}:${row.mrevs}`;
}

export interface CatalogEntry {
  model: TVehicleModel;
  revision: number;
  updatedAt: Date;
}

/** The current models with their revisions, for the editor. */
export async function listCatalogEntries(db: Db): Promise<CatalogEntry[]> {
  const rows = await db.select().from(catalogModels).where(isNull(catalogModels.removedAt)).orderBy(asc(catalogModels.id));
  return rows.map((r) => ({ model: parseRow(r), revision: r.revision, updatedAt: r.updatedAt }));
}

export async function getCatalogEntry(db: Db, id: string): Promise<CatalogEntry | undefined> {
  const [row] = await db.select().from(catalogModels).where(eq(catalogModels.id, id));
  return row && row.removedAt === null ? { model: parseRow(row), revision: row.revision, updatedAt: row.updatedAt } : undefined;
}

/** Published editions (any date) that name the model, by rate-book id. */
async function publishedBooksNaming(tx: Tx, modelId: string): Promise<string[]> {
  const rows = await tx.select({ id: rateBookVersions.id, body: rateBookVersions.body }).from(rateBookVersions).where(eq(rateBookVersions.status, "published")).orderBy(asc(rateBookVersions.id));
  return rows.filter((r) => modelReferences(r.body).includes(modelId)).map((r) => (r.body as { id?: string }).id ?? `#${r.id}`);
}

/** The models a rate book names that the current catalog lacks (inside a transaction that holds the catalog lock). */
export async function unknownModelsIn(tx: Tx, book: unknown): Promise<string[]> {
  const ids = modelReferences(book);
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: catalogModels.id }).from(catalogModels).where(isNull(catalogModels.removedAt));
  return unknownModels(book, new Set(rows.map((r) => r.id)));
}

export type CatalogSaveResult =
  | { ok: true; model: TVehicleModel; revision: number; created: boolean }
  | Failure
  | { ok: false; status: 400; error: "invalid"; message: string; issues: ModelIssue[] }
  | { ok: false; status: 409; error: "conflict"; message: string; current: CatalogEntry };

const conflictMessage = "conflict";

/**
 * Adds a model (`baseRevision` null) or changes one (the revision the editor started from: a
 * stale save is refused with the current model, never silently overwritten). Adding an id that
 * was removed earlier brings it back with the new values. The model's id never changes.
 */
export async function saveCatalogModel(db: Db, user: Actor | null, input: { model: TVehicleModel; baseRevision: number | null }): Promise<CatalogSaveResult> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const model = input.model;
  const result = await db.transaction(async (tx): Promise<CatalogSaveResult> => {
    // Ordered with the removal of a make (catalog-makes.server.ts): a model cannot be added to a make being removed.
    await lockCatalog(tx);
    const [current] = await tx.select().from(catalogModels).where(eq(catalogModels.id, model.id)).for("update");
    if (input.baseRevision === null) {
      if (current && current.removedAt === null) return { ok: false, status: 400, error: "invalid", message: "id_taken", issues: [{ path: "id", code: "id_taken" }] };
      invalidatePublishedSnapshots();
      if (current) {
        await tx.update(catalogModels).set({ body: model, revision: current.revision + 1, removedAt: null, updatedBy: user!.id, updatedAt: new Date() }).where(eq(catalogModels.id, model.id));
        await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.restore", details: { modelId: model.id, before: current.body, after: model } });
        return { ok: true, model, revision: current.revision + 1, created: true };
      }
      await tx.insert(catalogModels).values({ id: model.id, body: model, createdBy: user!.id, updatedBy: user!.id });
      await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.add", details: { modelId: model.id, after: model } });
      return { ok: true, model, revision: 1, created: true };
    }
    if (!current || current.removedAt !== null) return { ok: false, status: 404, error: "not_found", message: "not_found", issues: [] };
    if (current.revision !== input.baseRevision) {
      return { ok: false, status: 409, error: "conflict", message: conflictMessage, current: { model: parseRow(current), revision: current.revision, updatedAt: current.updatedAt } };
    }
    invalidatePublishedSnapshots();
    await tx.update(catalogModels).set({ body: model, revision: current.revision + 1, updatedBy: user!.id, updatedAt: new Date() }).where(eq(catalogModels.id, model.id));
    await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.edit", details: { modelId: model.id, before: current.body, after: model } });
    return { ok: true, model, revision: current.revision + 1, created: false };
  });
  if (result.ok) announcePublished();
  return result;
}

export type CatalogRemoveResult =
  | { ok: true }
  | Failure
  | { ok: false; status: 409; error: "referenced"; message: string; books: string[] }
  | { ok: false; status: 409; error: "conflict"; message: string; current: CatalogEntry };

/**
 * Removes a model from the catalog — refused while a published rate book (of any date) names
 * it, with those books listed. The row stays, marked removed, and the audit entry keeps it whole.
 */
export async function removeCatalogModel(db: Db, user: Actor | null, input: { id: string; baseRevision: number }): Promise<CatalogRemoveResult> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const result = await db.transaction(async (tx): Promise<CatalogRemoveResult> => {
    await lockCatalog(tx);
    const [current] = await tx.select().from(catalogModels).where(eq(catalogModels.id, input.id)).for("update");
    if (!current || current.removedAt !== null) return { ok: false, status: 404, error: "not_found", message: "not_found", issues: [] };
    if (current.revision !== input.baseRevision) {
      return { ok: false, status: 409, error: "conflict", message: conflictMessage, current: { model: parseRow(current), revision: current.revision, updatedAt: current.updatedAt } };
    }
    const books = await publishedBooksNaming(tx, input.id);
    if (books.length > 0) return { ok: false, status: 409, error: "referenced", message: "referenced", books };
    invalidatePublishedSnapshots();
    await tx.update(catalogModels).set({ removedAt: new Date(), revision: current.revision + 1, updatedBy: user!.id, updatedAt: new Date() }).where(eq(catalogModels.id, input.id));
    await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.remove", details: { modelId: input.id, before: current.body } });
    return { ok: true };
  });
  if (result.ok) announcePublished();
  return result;
}
