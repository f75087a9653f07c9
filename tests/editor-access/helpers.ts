// Shared set-up for the editor-access tests: a seeded database with an editor, an admin and a
// disabled editor, and a snapshot of everything an action could change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asc } from "drizzle-orm";
import type { Db, Database } from "@/lib/db/client.server";
import { auditLog, insurers, rateBookVersions, users, type User } from "@/lib/db/schema";
import { actor, freshDatabase, insertAccount, type Backend } from "../db/test-database";

export { actor };

/** 12:00 in Moscow on 2026-11-22: `todayIso(NOW)` is TODAY. */
export const NOW = new Date("2026-11-22T09:00:00.000Z");
export const TODAY = "2026-11-22";

export interface EditorFixture {
  database: Database;
  db: Db;
  editor: User;
  admin: User;
  /** An editor whose account is disabled: refused like someone without the role. */
  disabled: User;
}

let counter = 0;

/** An editor or admin (disabled when asked), named by role and a number. */
export async function insertUser(db: Db, role: "editor" | "admin", disabled = false): Promise<User> {
  counter += 1;
  return insertAccount(db, role, `${role === "admin" ? "Админ" : "Редактор"} ${counter}`, { disabledAt: disabled ? NOW : null });
}

export async function editorFixture(backend: Backend): Promise<EditorFixture> {
  const database = await freshDatabase(backend, { seed: true });
  const [editor, admin, disabled] = [await insertUser(database.db, "editor"), await insertUser(database.db, "admin"), await insertUser(database.db, "editor", true)];
  return { database, db: database.db, editor, admin, disabled };
}

/** Everything a refused action must leave alone, as comparable text. */
export async function snapshot(db: Db): Promise<string> {
  const versions = await db
    .select({ id: rateBookVersions.id, status: rateBookVersions.status, revision: rateBookVersions.revision, effectiveFrom: rateBookVersions.effectiveFrom, body: rateBookVersions.body, updatedAt: rateBookVersions.updatedAt })
    .from(rateBookVersions)
    .orderBy(asc(rateBookVersions.id));
  const audit = await db.select({ id: auditLog.id }).from(auditLog);
  const accounts = await db.select({ id: users.id, disabledAt: users.disabledAt, role: users.role }).from(users).orderBy(asc(users.id));
  const insurerIds = await db.select({ id: insurers.id }).from(insurers).orderBy(asc(insurers.id));
  return JSON.stringify({ versions, audit: audit.length, accounts, insurerIds });
}

/** A rate book from data/, as text. */
export function rateBookText(insurer = "maks", edition = "2019-01-01"): string {
  return readFileSync(join(process.cwd(), "data", "rate-books", insurer, `${edition}.json`), "utf8");
}

type Body = { factors: { id: string; rows: { value: string }[] }[] };

/** A copy of a body with one coefficient changed. */
export function withChangedValue(body: unknown, tableId = "vehicle-age", row = 0, value = "1.23"): Body {
  const copy = structuredClone(body) as Body;
  copy.factors.find((t) => t.id === tableId)!.rows[row]!.value = value;
  return copy;
}
