/**
 * Backs up the site's database to a file.
 *   npm run -s db:backup -- <file>
 * PostgreSQL (DATABASE_URL set): pg_dump's custom format, a consistent snapshot taken while the
 * site runs. Embedded (KASKO_DATA_DIR or .data/pglite): a gzipped tar of the data directory,
 * taken under the directory's lock — so only while the site is stopped (it refuses otherwise,
 * naming the site's pid): nothing can write during the copy.
 * Exit codes: 0 written, 2 bad usage, 1 anything else. The file appears only when complete.
 */
import { spawnSync } from "node:child_process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { defaultDataDir, openDatabase } from "@/lib/db/client.server";
import type { PGlite } from "@electric-sql/pglite";

const USAGE = "usage: npm run -s db:backup -- <file>";

function fail(message: string, code = 2): never {
  process.stderr.write(`db:backup: ${message}\n${code === 2 ? `${USAGE}\n` : ""}`);
  process.exit(code);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--help" || args[0] === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length !== 1 || args[0]!.startsWith("-")) fail("name one output file");
  const file = args[0]!;
  const partial = `${file}.partial`;
  const url = process.env.DATABASE_URL;
  if (url) {
    const res = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", partial, "--dbname", url], { stdio: ["ignore", "inherit", "inherit"] });
    if (res.error) fail(`pg_dump could not run (${res.error.message}); install PostgreSQL's client tools`, 1);
    if (res.status !== 0) {
      rmSync(partial, { force: true });
      fail(`pg_dump failed with exit code ${res.status}`, 1);
    }
    renameSync(partial, file);
    process.stdout.write(`backed up PostgreSQL to ${file}\n`);
    return;
  }
  const dataDir = defaultDataDir();
  let database;
  try {
    database = await openDatabase({ dataDir, purpose: "db:backup" });
  } catch (e) {
    fail((e as Error).message, 1);
  }
  try {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir("gzip");
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    process.stdout.write(`backed up the embedded database at ${dataDir} to ${file}\n`);
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e), 1));
