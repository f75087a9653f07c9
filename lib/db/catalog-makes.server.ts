// Server-only: the vehicle makes in the database — seeded from data/catalog/makes.json, edited in
// the tariff editor (add, change names and spellings, remove), every change audited and made in
// one transaction, exactly as the models are (catalog.server.ts). See
// docs/decisions/0027-editable-makes.md.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { makeReferences } from "@/lib/catalog/make-references";
import type { MakeIssue } from "@/lib/catalog/make-form";
import type { TVehicleMake } from "@/lib/catalog/schema";
import { authorize, type Actor } from "@/lib/editor/actions/authorize";
import type { Failure } from "@/lib/editor/actions/result";
import { lockCatalog, parseMakeRow } from "./catalog.server";
import type { Db } from "./client.server";
import { announcePublished } from "./publications.server";
import { invalidatePublishedSnapshots } from "./published-snapshot.server";
import { auditLog, catalogMakes, catalogModels, rateBookVersions } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Adds the makes of data/ that the database does not have yet; makes already there (also removed ones) are left alone. */
export async function seedCatalogMakes(db: Db, makes: readonly TVehicleMake[]): Promise<{ inserted: number; existing: number }> {
  return db.transaction(async (tx) => {
    const have = new Set((await tx.select({ name: catalogMakes.name }).from(catalogMakes)).map((r) => r.name));
    const missing = makes.filter((m) => !have.has(m.name));
    if (missing.length > 0) {
      invalidatePublishedSnapshots("seed");
      await tx.insert(catalogMakes).values(missing.map((m) => ({ name: m.name, body: m }))).onConflictDoNothing();
      await tx.insert(auditLog).values({ userId: null, action: "catalog.make.import", details: { makes: missing.map((m) => m.name) } });
    }
    return { inserted: missing.length, existing: makes.length - missing.length };
  });
}

export interface MakeEntry {
  make: TVehicleMake;
  revision: number;
  updatedAt: Date;
  /** The current models of this make, by id. */
  models: string[];
}

/** The current models by make (models whose make has no entry included). */
async function modelsByMake(db: Db | Tx): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ id: catalogModels.id, make: sql<string>`${catalogModels.body}->>'make'` })
    .from(catalogModels)
    .where(isNull(catalogModels.removedAt))
    .orderBy(asc(catalogModels.id));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.make, [...(out.get(r.make) ?? []), r.id]);
  return out;
}

/** The current makes with their revisions and models, by name, for the editor. */
export async function listMakeEntries(db: Db): Promise<MakeEntry[]> {
  const [rows, models] = await Promise.all([db.select().from(catalogMakes).where(isNull(catalogMakes.removedAt)).orderBy(asc(catalogMakes.name)), modelsByMake(db)]);
  return rows.map((r) => ({ make: parseMakeRow(r), revision: r.revision, updatedAt: r.updatedAt, models: models.get(r.name) ?? [] }));
}

export async function getMakeEntry(db: Db, name: string): Promise<MakeEntry | undefined> {
  const [row] = await db.select().from(catalogMakes).where(eq(catalogMakes.name, name));
  if (!row || row.removedAt !== null) return undefined;
  return { make: parseMakeRow(row), revision: row.revision, updatedAt: row.updatedAt, models: (await modelsByMake(db)).get(name) ?? [] };
}

/** The current models of the make (inside the removal's transaction). */
async function modelsOf(tx: Tx, name: string): Promise<string[]> {
  const rows = await tx
    .select({ id: catalogModels.id })
    .from(catalogModels)
    .where(and(isNull(catalogModels.removedAt), sql`${catalogModels.body}->>'make' = ${name}`))
    .orderBy(asc(catalogModels.id));
  return rows.map((r) => r.id);
}

/** Whether the make was in the catalog and is removed now (what the makes page may confirm after a removal). */
export async function isRemovedMake(db: Db, name: string): Promise<boolean> {
  const [row] = await db.select({ removedAt: catalogMakes.removedAt }).from(catalogMakes).where(eq(catalogMakes.name, name));
  return row !== undefined && row.removedAt !== null;
}

/** Published editions (any date) that name the make, by rate-book id. */
async function publishedBooksNaming(tx: Tx, name: string): Promise<string[]> {
  const rows = await tx.select({ id: rateBookVersions.id, body: rateBookVersions.body }).from(rateBookVersions).where(eq(rateBookVersions.status, "published")).orderBy(asc(rateBookVersions.id));
  return rows.filter((r) => makeReferences(r.body).includes(name)).map((r) => (r.body as { id?: string }).id ?? `#${r.id}`);
}

const entryOf = async (tx: Tx, row: typeof catalogMakes.$inferSelect): Promise<MakeEntry> => ({ make: parseMakeRow(row), revision: row.revision, updatedAt: row.updatedAt, models: (await modelsByMake(tx)).get(row.name) ?? [] });

export type MakeSaveResult =
  | { ok: true; make: TVehicleMake; revision: number; created: boolean }
  | Failure
  | { ok: false; status: 400; error: "invalid"; message: string; issues: MakeIssue[] }
  | { ok: false; status: 409; error: "conflict"; message: string; current: MakeEntry };

/**
 * Adds a make (`baseRevision` null) or changes one's names and spellings (the revision the editor
 * started from: a stale save is refused with the current make, never silently overwritten).
 * Adding a name that was removed earlier brings it back with the new values. The name never changes.
 */
export async function saveCatalogMake(db: Db, user: Actor | null, input: { make: TVehicleMake; baseRevision: number | null }): Promise<MakeSaveResult> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const make = input.make;
  const result = await db.transaction(async (tx): Promise<MakeSaveResult> => {
    const [current] = await tx.select().from(catalogMakes).where(eq(catalogMakes.name, make.name)).for("update");
    if (input.baseRevision === null) {
      if (current && current.removedAt === null) return { ok: false, status: 400, error: "invalid", message: "name_taken", issues: [{ path: "name", code: "name_taken" }] };
      invalidatePublishedSnapshots();
      if (current) {
        await tx.update(catalogMakes).set({ body: make, revision: current.revision + 1, removedAt: null, updatedBy: user!.id, updatedAt: new Date() }).where(eq(catalogMakes.name, make.name));
        await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.make.restore", details: { make: make.name, before: current.body, after: make } });
        return { ok: true, make, revision: current.revision + 1, created: true };
      }
      await tx.insert(catalogMakes).values({ name: make.name, body: make, createdBy: user!.id, updatedBy: user!.id });
      await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.make.add", details: { make: make.name, after: make } });
      return { ok: true, make, revision: 1, created: true };
    }
    if (!current || current.removedAt !== null) return { ok: false, status: 404, error: "not_found", message: "not_found", issues: [] };
    if (current.revision !== input.baseRevision) return { ok: false, status: 409, error: "conflict", message: "conflict", current: await entryOf(tx, current) };
    invalidatePublishedSnapshots();
    await tx.update(catalogMakes).set({ body: make, revision: current.revision + 1, updatedBy: user!.id, updatedAt: new Date() }).where(eq(catalogMakes.name, make.name));
    await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.make.edit", details: { make: make.name, before: current.body, after: make } });
    return { ok: true, make, revision: current.revision + 1, created: false };
  });
  if (result.ok) announcePublished();
  return result;
}

export type MakeRemoveResult =
  | { ok: true }
  | Failure
  | { ok: false; status: 409; error: "in_use"; message: string; models: string[] }
  | { ok: false; status: 409; error: "referenced"; message: string; books: string[] }
  | { ok: false; status: 409; error: "conflict"; message: string; current: MakeEntry };

/**
 * Removes a make — refused while a current model of the catalog is of this make (the models
 * listed) or a published rate book (of any date) names it (the books listed). The row stays,
 * marked removed, and the audit entry keeps it whole. Takes the catalog lock, as removing a model
 * does, so a model of the make cannot be added or a book naming it published meanwhile.
 */
export async function removeCatalogMake(db: Db, user: Actor | null, input: { name: string; baseRevision: number }): Promise<MakeRemoveResult> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const result = await db.transaction(async (tx): Promise<MakeRemoveResult> => {
    await lockCatalog(tx);
    const [current] = await tx.select().from(catalogMakes).where(eq(catalogMakes.name, input.name)).for("update");
    if (!current || current.removedAt !== null) return { ok: false, status: 404, error: "not_found", message: "not_found", issues: [] };
    if (current.revision !== input.baseRevision) return { ok: false, status: 409, error: "conflict", message: "conflict", current: await entryOf(tx, current) };
    const models = await modelsOf(tx, input.name);
    if (models.length > 0) return { ok: false, status: 409, error: "in_use", message: "in_use", models };
    const books = await publishedBooksNaming(tx, input.name);
    if (books.length > 0) return { ok: false, status: 409, error: "referenced", message: "referenced", books };
    invalidatePublishedSnapshots();
    await tx.update(catalogMakes).set({ removedAt: new Date(), revision: current.revision + 1, updatedBy: user!.id, updatedAt: new Date() }).where(eq(catalogMakes.name, input.name));
    await tx.insert(auditLog).values({ userId: user!.id, action: "catalog.make.remove", details: { make: input.name, before: current.body } });
    return { ok: true };
  });
  if (result.ok) announcePublished();
  return result;
}
