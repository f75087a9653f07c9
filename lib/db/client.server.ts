// Server-only: opens the database — embedded PGlite by default, PostgreSQL when DATABASE_URL is
// set — and brings its schema up to date. Same schema, same queries, same code path after this.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { acquireDataDirLock, releaseDataDirLock } from "./data-dir-lock.server";
import { registerSnapshot, sealSnapshot, unregisterSnapshot } from "./published-snapshot.server";
import { MIGRATIONS_DIR, type OpenOptions } from "./data-dir";
import * as schema from "./schema";
import { startupTiming } from "./startup-timings.server";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** An embedded database on disk: where the snapshot of what it publishes is kept (published-snapshot.server.ts). */
  snapshotPath?: string;
  /** The shipped data (shippedFingerprint) this database was seeded with in this process, if it was. */
  seededWith?: string;
  /** Runs `task` while holding the database-wide startup lock (migrations, seeding). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The PostgreSQL advisory lock every instance takes around migrations and seeding, so that
 * instances starting together on an empty database run them one after the other.
 */
export const STARTUP_LOCK_KEY = 7_246_011_001;

async function underAdvisoryLock<T>(pool: pg.Pool, task: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    try {
      return await task();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [STARTUP_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

export { configuredDatabase, defaultDataDir, MIGRATIONS_DIR, type OpenOptions } from "./data-dir";

/** What this process is, for the lock file: the script it runs. */
function processPurpose(): string {
  return process.argv
    .slice(1, 3)
    .map((a) => a.split("/").pop())
    .join(" ");
}

/**
 * Opens a database and applies pending migrations. `dataDir` omitted: in memory (tests).
 * PostgreSQL: migrations run under the startup advisory lock. An embedded data directory is
 * locked for this process first (DataDirLockedError if another live process holds it), and
 * released when the database is closed or the process exits.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if ("url" in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: 5 });
    // An idle client's connection dropping (a PostgreSQL restart) must not crash the process.
    pool.on("error", () => undefined);
    const db = drizzlePostgres({ client: pool, schema }) as unknown as Db;
    const exclusive = <T>(task: () => Promise<T>) => underAdvisoryLock(pool, task);
    try {
      await exclusive(() => migratePostgres(db as never, { migrationsFolder: MIGRATIONS_DIR }));
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw e;
    }
    return { db, kind: "postgres", exclusive, close: () => pool.end() };
  }
  const onDisk = options.dataDir !== undefined && !options.dataDir.includes("://");
  if (onDisk) {
    acquireDataDirLock(options.dataDir!, options.purpose ?? processPurpose());
    mkdirSync(options.dataDir!, { recursive: true });
  }
  const release = () => onDisk && releaseDataDirLock(options.dataDir!);
  // Before the database opens (opening changes what a sealed snapshot is checked against).
  const snapshotPath = onDisk ? registerSnapshot(options.dataDir!) : undefined;
  let client: PGlite | undefined;
  try {
    client = new PGlite({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    await client.waitReady;
    startupTiming("embedded database open");
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    startupTiming("migrations applied");
    const opened = client;
    return {
      db,
      kind: "pglite",
      snapshotPath,
      // One process owns the embedded database: nothing else to exclude.
      exclusive: (task) => task(),
      close: async () => {
        try {
          await opened.close();
          if (snapshotPath) sealSnapshot(snapshotPath);
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    await client?.close().catch(() => undefined);
    if (snapshotPath) unregisterSnapshot(snapshotPath);
    release();
    throw e;
  }
}
