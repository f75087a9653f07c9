// The one fresh-database helper of the database tests: an empty (or seeded) migrated database
// per test file on each backend, scratch PostgreSQL databases for tests that migrate themselves,
// and accounts inserted directly.
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { DUMMY_HASH } from "@/lib/auth/password.server";
import { openDatabase, type Database, type Db } from "@/lib/db/client.server";
import { agencyMembers, users, type User } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { seedRateBooks } from "@/seeds/seed-database";

/**
 * The backends the database tests run against: embedded PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL points at a server where scratch databases may be created (CI starts one).
 */
export const BACKENDS = ["pglite", ...(process.env.TEST_DATABASE_URL ? (["postgres"] as const) : [])] as const;
export type Backend = (typeof BACKENDS)[number];

let template: Promise<Blob> | undefined;

/** A migrated, empty PGlite copied from a template (creating one from scratch takes seconds). */
async function freshPglite(): Promise<Database> {
  template ??= (async () => {
    const first = await openDatabase({});
    const dump = await ((first as unknown as { db: { $client: PGlite } }).db.$client).dumpDataDir("none");
    await first.close();
    return dump;
  })();
  return openDatabase({ loadDataDir: await template });
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/**
 * A new, empty (not migrated) database on the test server, named `<prefix>_<pid>_<random>`. For tests of starting, migrating and
 * restoring; anything else takes `freshDatabase`.
 */
export function scratchPostgres(prefix = "kasko_t"): Promise<ScratchDatabase> {
  return createPostgres(`${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`);
}

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops the database, even while connections are open. */
  drop: () => Promise<void>;
}

/** Creates the empty database `name` on the test server (replacing one left by an earlier run). */
export async function createPostgres(name: string): Promise<ScratchDatabase> {
  await adminQuery(`drop database if exists ${name} with (force)`);
  await adminQuery(`create database ${name}`);
  return { name, url: postgresUrl(name), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

/** The URL of a database called `name` on the test server (which need not exist yet). */
export function postgresUrl(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new migrated scratch database on the test server for each caller, so test files never share one. */
async function freshPostgres(): Promise<Database & { url: string }> {
  const scratch = await scratchPostgres();
  const database = await openDatabase({ url: scratch.url });
  return {
    ...database,
    url: scratch.url,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/**
 * An empty, migrated database of the given kind, for one test file or test; with `seed`, the
 * rate books of data/ published in it as the site seeds them on first start.
 */
export async function freshDatabase(backend: Backend, { seed = false }: { seed?: boolean } = {}): Promise<Database> {
  const database = await (backend === "pglite" ? freshPglite() : freshPostgres());
  if (seed) await seedRateBooks(database.db);
  return database;
}

let accounts = 0;

/**
 * Inserts an account directly (no password hashing: these tests are about what users may do),
 * with a unique address; an agent joins `agency` (as its head with `isHead`).
 */
export async function insertAccount(
  db: Db,
  role: User["role"],
  name: string,
  { agency, disabledAt = null }: { agency?: { id: number; isHead?: boolean }; disabledAt?: Date | null } = {},
): Promise<User> {
  accounts += 1;
  const [user] = await db
    .insert(users)
    .values({ email: `${role}${accounts}-${Math.random().toString(36).slice(2, 8)}@example.org`, name, role, passwordHash: DUMMY_HASH, disabledAt })
    .returning();
  if (agency) await db.insert(agencyMembers).values({ userId: user!.id, agencyId: agency.id, isHead: agency.isHead ?? false });
  return user!;
}

/** An account as the actions see it. */
export const actor = (user: User): Actor => ({ id: user.id, email: user.email, name: user.name, role: user.role, disabledAt: user.disabledAt });
