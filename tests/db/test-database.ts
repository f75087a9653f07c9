import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/client.server";

/**
 * The backends the database tests run against: embedded PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL points at a scratch database (CI starts one; its schema is wiped).
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

/** A new scratch database on the test server for each caller, so test files never share one. */
async function freshPostgres(): Promise<Database & { url: string }> {
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const name = `kasko_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: base.toString() });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name}`);
      await dropper.end();
    },
  };
}

/** An empty, migrated database of the given kind, for one test file or test. */
export function freshDatabase(backend: Backend): Promise<Database> {
  return backend === "pglite" ? freshPglite() : freshPostgres();
}
