// Publication and rollback. Admin role. Either everything happens (status, body, audit) or
// nothing does: each runs in one transaction, rolled back on any refusal.
import { and, eq } from "drizzle-orm";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { isRetryableConflict } from "@/lib/db/errors";
import * as repo from "@/lib/db/rate-books.server";
import { auditLog, rateBookVersions, type RateBookVersion } from "@/lib/db/schema";
import { authorize, type Actor } from "./authorize";
import { fail, succeed, type ActionResult, type Failure } from "./result";
import { isIsoDate, parseId } from "./parse-input";
import { ruDate } from "@/lib/format/ru-date";
import { validateRateBook } from "./validate-rate-book";
import { announcePublished } from "@/lib/db/publications.server";

/** Thrown inside a transaction to roll it back and hand the refusal out. */
class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T | Failure> {
  try {
    return await db.transaction((tx) => work(tx));
  } catch (e) {
    if (e instanceof Refusal) return e.failure;
    // A concurrent transaction won (deadlock, serialization failure): nothing was written.
    if (isRetryableConflict(e)) return fail("conflict", "Одновременно с вами эту редакцию меняли; ничего не сохранено. Попробуйте ещё раз.");
    throw e;
  }
}

function checkDate(effectiveFrom: unknown, today: string): Failure | null {
  if (!isIsoDate(effectiveFrom)) return fail("invalid", "Укажите дату вступления в силу.", [{ path: "effectiveFrom", message: "нужна дата в виде ГГГГ-ММ-ДД" }]);
  if (effectiveFrom < today) {
    const message = `Дата вступления в силу не может быть раньше сегодняшней (${ruDate(today)}).`;
    return fail("date_in_past", message, [{ path: "effectiveFrom", message }]);
  }
  return null;
}

function dateTaken(date: string): Failure {
  const message = `С ${ruDate(date)} у этого страховщика уже действует опубликованная редакция. Выберите другую дату.`;
  return fail("date_taken", message, [{ path: "effectiveFrom", message }]);
}

function refusalOf(result: Exclude<repo.PublishResult, { ok: true }>, date: string, body: unknown): Failure {
  switch (result.reason) {
    case "date_taken":
      return dateTaken(date);
    case "date_in_past":
      return fail("date_in_past", "Дата вступления в силу не может быть в прошлом.", [{ path: "effectiveFrom", message: "дата в прошлом" }]);
    case "not_a_draft":
      return fail("not_a_draft", "Опубликовать можно только черновик.");
    case "not_found":
      return fail("not_found", "Такой версии нет.");
    case "invalid": {
      const check = validateRateBook(body, "draft");
      return fail("invalid", "Черновик не проходит проверку тарифа; исправьте ошибки перед публикацией.", check.ok ? [{ path: "", message: result.message }] : check.issues);
    }
  }
}

/**
 * Publishes a draft from `effectiveFrom` (today or later). `expectedRevision`, when given, is
 * the revision the admin reviewed: a draft saved since is refused (409) rather than published unseen.
 */
export async function publish(
  db: Db,
  user: Actor | null,
  input: { id: unknown; effectiveFrom: unknown; expectedRevision?: unknown },
  now: Date,
): Promise<ActionResult<{ version: RateBookVersion }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const today = todayIso(now);
  const badDate = checkDate(input.effectiveFrom, today);
  if (badDate) return badDate;
  const effectiveFrom = input.effectiveFrom as string;
  const id = parseId(input.id);
  if (id === null) return fail("not_found", "Такой версии нет.");
  const result = await inTransaction(db, async (tx) => {
    const [draft] = await tx.select().from(rateBookVersions).where(eq(rateBookVersions.id, id)).for("update");
    if (!draft) throw new Refusal(fail("not_found", "Такой версии нет."));
    if (draft.status !== "draft") throw new Refusal(fail("not_a_draft", "Опубликовать можно только черновик."));
    if (input.expectedRevision !== undefined && input.expectedRevision !== null && input.expectedRevision !== "" && Number(input.expectedRevision) !== draft.revision) {
      throw new Refusal(fail("conflict", `Черновик изменили после того, как вы открыли страницу (теперь редакция ${draft.revision}). Обновите страницу и проверьте изменения и влияние ещё раз.`));
    }
    const published = await repo.publishDraft(tx, { id, effectiveFrom, today, userId: user!.id });
    if (!published.ok) throw new Refusal(refusalOf(published, effectiveFrom, draft.body));
    return published.version;
  });
  if ("ok" in result) return result;
  announcePublished(); // committed: this process's cached library is rebuilt before the next quote
  return succeed({ version: result });
}

/**
 * Rollback: publishes a copy of published version `versionId` as a new edition from
 * `effectiveFrom`. History is never rewritten; a refusal leaves no trace (not even a discarded draft).
 */
export async function republish(db: Db, user: Actor | null, input: { versionId: unknown; effectiveFrom: unknown }, now: Date): Promise<ActionResult<{ version: RateBookVersion }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const today = todayIso(now);
  const badDate = checkDate(input.effectiveFrom, today);
  if (badDate) return badDate;
  const effectiveFrom = input.effectiveFrom as string;
  const id = parseId(input.versionId);
  const source = id === null ? undefined : await repo.getVersion(db, id);
  if (!source) return fail("not_found", "Такой версии нет.");
  if (source.status !== "published") return fail("conflict", "Заново опубликовать можно только опубликованную редакцию.");
  const taken = await db
    .select({ id: rateBookVersions.id })
    .from(rateBookVersions)
    .where(and(eq(rateBookVersions.insurerId, source.insurerId), eq(rateBookVersions.status, "published"), eq(rateBookVersions.effectiveFrom, effectiveFrom)));
  if (taken.length > 0) return dateTaken(effectiveFrom);
  const result = await inTransaction(db, async (tx) => {
    const published = await repo.republish(tx, { versionId: source.id, effectiveFrom, today, userId: user!.id });
    if (!published.ok) throw new Refusal(refusalOf(published, effectiveFrom, source.body));
    await tx.insert(auditLog).values({ userId: user!.id, action: "version.republish", insurerId: source.insurerId, versionId: published.version.id, details: { from: source.id, effectiveFrom } });
    return published.version;
  });
  if ("ok" in result) return result;
  announcePublished(); // committed: this process's cached library is rebuilt before the next quote
  return succeed({ version: result });
}
