// Where the database is, as configured — kept apart from client.server.ts so that deciding it
// loads no database driver (the server's start decides before it opens the database).
import { join } from "node:path";

/** `purpose` names the process in the embedded data directory's lock ("next start", "user:create", …). */
export type OpenOptions = { url: string } | { dataDir?: string; loadDataDir?: Blob | File; purpose?: string };

export const MIGRATIONS_DIR = join(process.cwd(), "lib", "db", "migrations");

/** Where the embedded database keeps its files unless KASKO_DATA_DIR says otherwise (git-ignored). */
export function defaultDataDir(): string {
  return process.env.KASKO_DATA_DIR ?? join(process.cwd(), ".data", "pglite");
}

/** The site's database as configured: PostgreSQL at DATABASE_URL, else PGlite in the data directory. */
export function configuredDatabase(purpose?: string): OpenOptions {
  return process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: defaultDataDir(), purpose };
}
