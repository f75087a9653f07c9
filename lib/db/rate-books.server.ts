// Server-only: rate-book editions in the database — drafts, saves with optimistic locking,
// atomic publication, rollback — and the audit trail of each change.
import { and, asc, desc, eq } from "drizzle-orm";
import { parseRateBook, RatingError, writtenRateBook, type TRateBook, type TRateBookInput, type TRateBookV1 } from "@/lib/rating";
import { lockCatalog, unknownModelsIn } from "./catalog.server";
import type { Db } from "./client.server";
import { isUniqueViolation } from "./errors";
import { invalidatePublishedSnapshots } from "./published-snapshot.server";
import { auditLog, insurers, rateBookVersions, type RateBookVersion } from "./schema";

/** The unique index that keeps two published editions of one insurer off the same date. */
const PUBLISHED_DATE_INDEX = "rate_book_versions_published_date_uq";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type VersionState = "draft" | "scheduled" | "active" | "superseded" | "discarded";

/** What a version is today: published editions are scheduled (future), active (in force) or superseded. */
export function versionStates(versions: readonly Pick<RateBookVersion, "id" | "insurerId" | "status" | "effectiveFrom">[], today: string): Map<number, VersionState> {
  const states = new Map<number, VersionState>();
  const activeByInsurer = new Map<string, { id: number; date: string }>();
  for (const v of versions) {
    if (v.status !== "published" || !v.effectiveFrom || v.effectiveFrom > today) continue;
    const best = activeByInsurer.get(v.insurerId);
    if (!best || v.effectiveFrom > best.date) activeByInsurer.set(v.insurerId, { id: v.id, date: v.effectiveFrom });
  }
  for (const v of versions) {
    if (v.status !== "published") states.set(v.id, v.status);
    else if (v.effectiveFrom! > today) states.set(v.id, "scheduled");
    else states.set(v.id, activeByInsurer.get(v.insurerId)?.id === v.id ? "active" : "superseded");
  }
  return states;
}

export async function listVersions(db: Db): Promise<RateBookVersion[]> {
  return db.select().from(rateBookVersions).orderBy(asc(rateBookVersions.insurerId), desc(rateBookVersions.effectiveFrom), desc(rateBookVersions.id));
}

export async function getVersion(db: Db, id: number): Promise<RateBookVersion | undefined> {
  const [row] = await db.select().from(rateBookVersions).where(eq(rateBookVersions.id, id));
  return row;
}

async function audit(tx: Tx | Db, entry: { userId: number | null; action: string; insurerId?: string; versionId?: number; details?: Record<string, unknown> }) {
  await tx.insert(auditLog).values({ userId: entry.userId, action: entry.action, insurerId: entry.insurerId ?? null, versionId: entry.versionId ?? null, details: entry.details ?? {} });
}

/** Loads a rate book from data/ as a published edition, unless that edition is already there (idempotent). */
export async function importPublished(db: Db, book: TRateBook | TRateBookV1, userId: number | null = null): Promise<"inserted" | "exists"> {
  return db.transaction(async (tx) => {
    await tx.insert(insurers).values({ id: book.insurer.id, nameRu: book.insurer.name.ru, nameEn: book.insurer.name.en }).onConflictDoNothing();
    const existing = await tx
      .select({ id: rateBookVersions.id })
      .from(rateBookVersions)
      .where(and(eq(rateBookVersions.insurerId, book.insurer.id), eq(rateBookVersions.status, "published"), eq(rateBookVersions.effectiveFrom, book.effectiveFrom)));
    if (existing.length > 0) return "exists";
    invalidatePublishedSnapshots();
    const [row] = await tx
      .insert(rateBookVersions)
      .values({ insurerId: book.insurer.id, status: "published", effectiveFrom: book.effectiveFrom, body: book, note: "seed", publishedAt: new Date(), publishedBy: userId, createdBy: userId })
      .returning({ id: rateBookVersions.id });
    await audit(tx, { userId, action: "version.import", insurerId: book.insurer.id, versionId: row!.id, details: { rateBookId: book.id } });
    return "inserted";
  });
}

/** Opens a draft: a copy of any version, to edit. */
export async function createDraft(db: Db, fromVersionId: number, userId: number): Promise<RateBookVersion> {
  return db.transaction(async (tx) => {
    const [from] = await tx.select().from(rateBookVersions).where(eq(rateBookVersions.id, fromVersionId));
    if (!from) throw new RatingError("invariant_broken", `version ${fromVersionId} does not exist`);
    const [draft] = await tx
      .insert(rateBookVersions)
      .values({ insurerId: from.insurerId, status: "draft", effectiveFrom: null, body: from.body, basedOnId: from.id, createdBy: userId, updatedBy: userId })
      .returning();
    await audit(tx, { userId, action: "draft.create", insurerId: from.insurerId, versionId: draft!.id, details: { basedOn: from.id } });
    return draft!;
  });
}

export type SaveResult =
  | { ok: true; version: RateBookVersion }
  | { ok: false; reason: "not_found" | "not_a_draft" }
  | { ok: false; reason: "conflict"; current: RateBookVersion }
  | { ok: false; reason: "invalid"; message: string };

/**
 * Saves a draft's body. The save names the revision it was based on; if someone saved since,
 * it is refused with their version, never silently overwritten. An invalid rate book is refused.
 */
export async function saveDraft(db: Db, input: { id: number; body: unknown; baseRevision: number; userId: number; note?: string }): Promise<SaveResult> {
  try {
    parseRateBook(input.body, `draft ${input.id}`);
  } catch (e) {
    return { ok: false, reason: "invalid", message: (e as Error).message };
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(rateBookVersions).where(eq(rateBookVersions.id, input.id)).for("update");
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (current.status !== "draft") return { ok: false, reason: "not_a_draft" } as const;
    if (current.revision !== input.baseRevision) return { ok: false, reason: "conflict", current } as const;
    const [saved] = await tx
      .update(rateBookVersions)
      .set({ body: input.body as TRateBookInput, revision: current.revision + 1, updatedBy: input.userId, updatedAt: new Date(), ...(input.note !== undefined ? { note: input.note } : {}) })
      .where(eq(rateBookVersions.id, input.id))
      .returning();
    await audit(tx, { userId: input.userId, action: "draft.save", insurerId: current.insurerId, versionId: current.id, details: { revision: saved!.revision } });
    return { ok: true, version: saved! } as const;
  });
}

export type PublishResult =
  | { ok: true; version: RateBookVersion }
  | { ok: false; reason: "not_found" | "not_a_draft" | "date_in_past" | "date_taken" }
  | { ok: false; reason: "invalid"; message: string };

/**
 * Publishes a draft as the edition effective from `effectiveFrom` (today or later). Atomic:
 * the status, the body's own id and date, and the audit entry change together or not at all.
 * `failAfterUpdate` exists for the test that proves a failure mid-way leaves nothing behind.
 */
export async function publishDraft(
  db: Db,
  input: { id: number; effectiveFrom: string; today: string; userId: number },
  hooks: { failAfterUpdate?: () => void; afterDateCheck?: () => Promise<void> } = {},
): Promise<PublishResult> {
  if (input.effectiveFrom < input.today) return { ok: false, reason: "date_in_past" };
  try {
    return await db.transaction(async (tx) => {
      const [draft] = await tx.select().from(rateBookVersions).where(eq(rateBookVersions.id, input.id)).for("update");
      if (!draft) return { ok: false, reason: "not_found" } as const;
      if (draft.status !== "draft") return { ok: false, reason: "not_a_draft" } as const;
      const taken = await tx
        .select({ id: rateBookVersions.id })
        .from(rateBookVersions)
        .where(and(eq(rateBookVersions.insurerId, draft.insurerId), eq(rateBookVersions.status, "published"), eq(rateBookVersions.effectiveFrom, input.effectiveFrom)));
      if (taken.length > 0) return { ok: false, reason: "date_taken" } as const;
      await hooks.afterDateCheck?.();
      const body = { ...(draft.body as TRateBookInput), id: `${draft.insurerId}-${input.effectiveFrom}`, effectiveFrom: input.effectiveFrom };
      let book: TRateBook;
      try {
        book = parseRateBook(body, `draft ${draft.id}`);
      } catch (e) {
        return { ok: false, reason: "invalid", message: (e as Error).message } as const;
      }
      // Every model the edition names must be in the catalog; the lock keeps a removal from slipping in between.
      await lockCatalog(tx);
      const unknown = await unknownModelsIn(tx, book);
      if (unknown.length > 0) {
        return { ok: false, reason: "invalid", message: `в каталоге нет ${unknown.length === 1 ? "модели" : "моделей"} ${unknown.map((id) => `«${id}»`).join(", ")}, которые называет тариф` } as const;
      }
      invalidatePublishedSnapshots();
      const [published] = await tx
        .update(rateBookVersions)
        .set({ status: "published", effectiveFrom: input.effectiveFrom, body: writtenRateBook(body), publishedAt: new Date(), publishedBy: input.userId, updatedAt: new Date(), updatedBy: input.userId })
        .where(eq(rateBookVersions.id, draft.id))
        .returning();
      hooks.failAfterUpdate?.();
      await audit(tx, { userId: input.userId, action: "version.publish", insurerId: draft.insurerId, versionId: draft.id, details: { effectiveFrom: input.effectiveFrom } });
      return { ok: true, version: published! } as const;
    });
  } catch (e) {
    // A concurrent publication of the same date passes the check above and then trips the
    // unique index (SQLSTATE 23505, wrapped in drizzle's error as its cause).
    if (isUniqueViolation(e, PUBLISHED_DATE_INDEX)) return { ok: false, reason: "date_taken" };
    throw e;
  }
}

/** Rollback: publishes a copy of an earlier version as a new edition (history is never rewritten). */
export async function republish(db: Db, input: { versionId: number; effectiveFrom: string; today: string; userId: number }): Promise<PublishResult> {
  const draft = await createDraft(db, input.versionId, input.userId);
  const result = await publishDraft(db, { id: draft.id, effectiveFrom: input.effectiveFrom, today: input.today, userId: input.userId });
  if (!result.ok) await discardDraft(db, draft.id, input.userId);
  return result;
}

export async function discardDraft(db: Db, id: number, userId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(rateBookVersions)
      .set({ status: "discarded", updatedAt: new Date(), updatedBy: userId })
      .where(and(eq(rateBookVersions.id, id), eq(rateBookVersions.status, "draft")))
      .returning();
    if (!row) return false;
    await audit(tx, { userId, action: "draft.discard", insurerId: row.insurerId, versionId: id });
    return true;
  });
}

export async function listAudit(db: Db, limit = 200) {
  return db.select().from(auditLog).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
}
