// Shared set-up for the editor-access tests: a seeded database with an editor, an admin and a
// disabled editor, and a snapshot of everything an action could change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asc } from "drizzle-orm";
import { DUMMY_HASH } from "@/lib/auth/password.server";
import type { Db, Database } from "@/lib/db/client.server";
import { auditLog, insurers, rateBookVersions, users, type User } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { seedRateBooks } from "@/seeds/seed-database";
import { freshDatabase, type Backend } from "../db/test-database";

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

/** Inserts an account directly (no password hashing: these tests are about what users may do). */
export async function insertUser(db: Db, role: "editor" | "admin", disabled = false): Promise<User> {
  counter += 1;
  const [user] = await db
    .insert(users)
    .values({ email: `${role}${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`, name: `${role === "admin" ? "Админ" : "Редактор"} ${counter}`, role, passwordHash: DUMMY_HASH, disabledAt: disabled ? NOW : null })
    .returning();
  return user!;
}

export async function editorFixture(backend: Backend): Promise<EditorFixture> {
  const database = await freshDatabase(backend);
  await seedRateBooks(database.db);
  const [editor, admin, disabled] = [await insertUser(database.db, "editor"), await insertUser(database.db, "admin"), await insertUser(database.db, "editor", true)];
  return { database, db: database.db, editor, admin, disabled };
}

/** An account as the actions see it. */
export const actor = (user: User): Actor => ({ id: user.id, email: user.email, name: user.name, role: user.role, disabledAt: user.disabledAt });

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
