// Server-only: opens the database — embedded PGlite by default, PostgreSQL when DATABASE_URL is
// set — and brings its schema up to date. Same schema, same queries, same code path after this.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = join(process.cwd(), "lib", "db", "migrations");

/** Where the embedded database keeps its files unless KASKO_DATA_DIR says otherwise (git-ignored). */
export function defaultDataDir(): string {
  return process.env.KASKO_DATA_DIR ?? join(process.cwd(), ".data", "pglite");
}

export type OpenOptions = { url: string } | { dataDir?: string; loadDataDir?: Blob | File };

/** Opens a database and applies pending migrations. `dataDir` omitted: in memory (tests). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if ("url" in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: 5 });
    const db = drizzlePostgres({ client: pool, schema }) as unknown as Db;
    await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return { db, kind: "postgres", close: () => pool.end() };
  }
  if (options.dataDir && !options.dataDir.includes("://")) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  return { db, kind: "pglite", close: () => client.close() };
}

const globalForDb = globalThis as unknown as { kaskoDatabase?: Promise<Database> };

/** The process's one database: PostgreSQL at DATABASE_URL, else PGlite in the data directory. */
export function getDatabase(): Promise<Database> {
  globalForDb.kaskoDatabase ??= openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: defaultDataDir() });
  return globalForDb.kaskoDatabase;
}
