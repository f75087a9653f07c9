// Drafts: open one from any version, save it (optimistic locking), discard it. Editor role.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import * as repo from "@/lib/db/rate-books.server";
import { users, type RateBookVersion } from "@/lib/db/schema";
import { authorize, type Actor } from "./authorize";
import { fail, succeed, type ActionResult } from "./result";
import { parseId } from "./parse-input";
import { validateRateBook } from "./validate-rate-book";
import { catalog } from "@/lib/catalog";
import { priceTableIssues } from "../price-table";

/** Opens a new draft: a copy of version `fromVersionId` (any status). */
export async function createDraft(db: Db, user: Actor | null, input: { fromVersionId: unknown }, now: Date): Promise<ActionResult<{ version: RateBookVersion }>> {
  void now;
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const id = parseId(input.fromVersionId);
  const from = id === null ? undefined : await repo.getVersion(db, id);
  if (!from) return fail("not_found", "Такой версии нет.");
  return succeed({ version: await repo.createDraft(db, from.id, user!.id) }, 201);
}

/**
 * The outcome of a save, in the shape the grid editor expects (`SaveOutcome` in
 * app/editor/_components/save-outcome.ts), with the HTTP-like status added.
 */
export type SaveDraftResult = { status: 200 | 400 | 401 | 403 | 404 | 409 } & (
  | { ok: true; revision: number }
  | { ok: false; reason: "conflict"; currentBody: unknown; currentRevision: number; updatedBy: string; message: string }
  | { ok: false; reason: "invalid"; message: string; issues: { path: string; message: string }[] }
  | { ok: false; reason: "forbidden" | "not_a_draft" | "not_found"; message: string }
);

async function userName(db: Db, id: number | null): Promise<string> {
  if (id === null) return "система";
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? `пользователь ${id}`;
}

/**
 * Saves a draft's body, based on revision `baseRevision`. Someone else's save since then is a
 * conflict (409) that carries their body; an invalid rate book (400) or one of another insurer
 * is refused. Nothing is written unless everything holds.
 */
export async function saveDraft(db: Db, user: Actor | null, input: { id: unknown; body: unknown; baseRevision: unknown }, now: Date): Promise<SaveDraftResult> {
  void now;
  const denied = authorize(user, "editor");
  if (denied) return { status: denied.status as 401 | 403, ok: false, reason: "forbidden", message: denied.message };
  const id = parseId(input.id);
  const current = id === null ? undefined : await repo.getVersion(db, id);
  if (!current) return { status: 404, ok: false, reason: "not_found", message: "Такой версии нет." };
  if (current.status !== "draft") return { status: 409, ok: false, reason: "not_a_draft", message: "Это не черновик: опубликованные и отменённые версии не меняются." };
  const baseRevision = typeof input.baseRevision === "number" ? input.baseRevision : Number(input.baseRevision);
  if (!Number.isSafeInteger(baseRevision)) return { status: 400, ok: false, reason: "invalid", message: "Не указана редакция, на которой основано сохранение.", issues: [{ path: "baseRevision", message: "нужно целое число" }] };

  const check = validateRateBook(input.body, `draft ${current.id}`);
  if (!check.ok) {
    const lines = check.issues.map((i) => `${i.path || "(корень)"}: ${i.message}`);
    return { status: 400, ok: false, reason: "invalid", message: `Тариф не прошёл проверку:\n${lines.join("\n")}`, issues: check.issues };
  }
  // An add-on's price table: kopeck amounts, no repeated rows, regions of the catalog (lib/editor/price-table.ts).
  const priceIssues = priceTableIssues(input.body, { regionCodes: catalog.regions }).map((i) => ({ path: i.path, message: i.message }));
  if (priceIssues.length > 0) {
    const lines = priceIssues.map((i) => `${i.path}: ${i.message}`);
    return { status: 400, ok: false, reason: "invalid", message: `Тариф не прошёл проверку:\n${lines.join("\n")}`, issues: priceIssues };
  }
  if (check.book.insurer.id !== current.insurerId) {
    const message = `Черновик относится к страховщику «${current.insurerId}»; менять insurer.id нельзя.`;
    return { status: 400, ok: false, reason: "invalid", message, issues: [{ path: "insurer.id", message }] };
  }

  const saved = await repo.saveDraft(db, { id: current.id, body: input.body, baseRevision, userId: user!.id });
  if (saved.ok) return { status: 200, ok: true, revision: saved.version.revision };
  switch (saved.reason) {
    case "conflict":
      return {
        status: 409,
        ok: false,
        reason: "conflict",
        currentBody: saved.current.body,
        currentRevision: saved.current.revision,
        updatedBy: await userName(db, saved.current.updatedBy),
        message: "Черновик уже изменили после того, как вы его открыли. Ваши правки не сохранены.",
      };
    case "invalid":
      return { status: 400, ok: false, reason: "invalid", message: saved.message, issues: [{ path: "", message: saved.message }] };
    case "not_a_draft":
      return { status: 409, ok: false, reason: "not_a_draft", message: "Это уже не черновик." };
    default:
      return { status: 404, ok: false, reason: "not_found", message: "Такой версии нет." };
  }
}

/** Discards a draft (it stays in the history as "отменён"). */
export async function discardDraft(db: Db, user: Actor | null, input: { id: unknown }, now: Date): Promise<ActionResult<{ id: number }>> {
  void now;
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const id = parseId(input.id);
  const current = id === null ? undefined : await repo.getVersion(db, id);
  if (!current) return fail("not_found", "Такой версии нет.");
  if (current.status !== "draft" || !(await repo.discardDraft(db, current.id, user!.id))) {
    return fail("not_a_draft", "Отменить можно только черновик.");
  }
  return succeed({ id: current.id });
}
