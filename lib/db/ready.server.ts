// Server-only: the database the site runs on, migrated and seeded from data/ on first use.
// A failed start is never kept: the next request after a short, growing pause tries again, and
// the health check reports the failure meanwhile.
import { seedRateBooks } from "@/seeds/seed-database";
import { configuredDatabase, openDatabase, type Database, type OpenOptions } from "./client.server";
import { createDemoAccounts } from "./demo-accounts.server";
import { forgetLibraryCache } from "./published-library-cache.server";
import { shippedFingerprint } from "./shipped-data.server";

/** The first retry waits this long; each further one twice as long, up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 250;
export const MAX_BACKOFF_MS = 10_000;

export interface StartState {
  /** The start under way or done (a failed one is dropped once its pause is over). */
  current?: Promise<Database>;
  ready?: Database;
  failures: number;
  lastError?: string;
  retryAt: number;
}

const globalForReady = globalThis as unknown as { kaskoStart?: StartState };

function state(): StartState {
  return (globalForReady.kaskoStart ??= { failures: 0, retryAt: 0 });
}

/** One start: open (migrations under the startup lock), then seed under the same lock. */
export async function startDatabase(options: OpenOptions): Promise<Database> {
  const database = await openDatabase(options);
  try {
    const shipped = shippedFingerprint();
    await database.exclusive(async () => {
      await seedRateBooks(database.db);
      if (process.env.NODE_ENV === "development") await createDemoAccounts(database.db);
    });
    database.seededWith = shipped;
    return database;
  } catch (e) {
    await database.close().catch(() => undefined);
    throw e;
  }
}

/** The pause before the n-th retry. */
export function backoffMs(failures: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}

/**
 * The process's database, ready to serve: migrations applied, and the rate books in data/
 * loaded as published editions where missing (idempotent, so every start may run it); in
 * development, demo editor accounts on an empty database. If the start fails, callers get the
 * error until the pause is over, then the next caller starts again.
 */
export function getReadyDatabase(options: () => OpenOptions = () => configuredDatabase("next start")): Promise<Database> {
  const s = state();
  if (s.current) return s.current;
  if (s.failures > 0 && Date.now() < s.retryAt) return Promise.reject(new Error(`the database is not available (${s.lastError}); next try in ${s.retryAt - Date.now()} ms`));
  const attempt = startDatabase(options()).then(
    (database) => {
      s.ready = database;
      s.failures = 0;
      s.lastError = undefined;
      return database;
    },
    (error: unknown) => {
      s.failures += 1;
      s.lastError = error instanceof Error ? error.message : String(error);
      s.retryAt = Date.now() + backoffMs(s.failures);
      if (s.current === attempt) s.current = undefined;
      throw error;
    },
  );
  s.current = attempt;
  return attempt;
}

/** How the start stands, for the health check. */
export function startStatus(): { ready: boolean; failures: number; lastError?: string; retryInMs?: number } {
  const s = state();
  return { ready: s.ready !== undefined, failures: s.failures, lastError: s.lastError, retryInMs: s.failures > 0 ? Math.max(0, s.retryAt - Date.now()) : undefined };
}

/** Closes the process's database (graceful shutdown); a later call starts it again. */
export async function closeReadyDatabase(): Promise<void> {
  const s = state();
  const current = s.current;
  s.current = undefined;
  s.ready = undefined;
  const database = await current?.catch(() => undefined);
  if (database) {
    forgetLibraryCache(database);
    await database.close();
  }
}
