/**
 * Restores the site's database from a file written by `npm run db:backup`.
 *   npm run -s db:restore -- <file>
 * PostgreSQL (DATABASE_URL set): pg_restore, replacing the site's tables in one transaction
 * (restart the site's instances afterwards: they cache the published editions). Embedded: only
 * while the site is stopped (the data directory's lock); the current data directory is kept
 * beside it as `<dir>.before-restore-<time>`, and the restored one is opened once to check it.
 * Exit codes: 0 restored, 2 bad usage or a backup of the other kind, 1 anything else.
 */
import { spawnSync } from "node:child_process";
import { existsSync, openSync, readFileSync, readSync, closeSync, readdirSync, renameSync, rmSync } from "node:fs";
import { defaultDataDir, openDatabase } from "@/lib/db/client.server";
import { acquireDataDirLock, DataDirLockedError, releaseDataDirLock } from "@/lib/db/data-dir-lock.server";
import { snapshotPathOf } from "@/lib/db/published-snapshot.server";

const USAGE = "usage: npm run -s db:restore -- <file>";

function fail(message: string, code = 2): never {
  process.stderr.write(`db:restore: ${message}\n${code === 2 ? `${USAGE}\n` : ""}`);
  process.exit(code);
}

function head(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(5);
    readSync(fd, buf, 0, 5, 0);
    return buf;
  } finally {
    closeSync(fd);
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--help" || args[0] === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length !== 1 || args[0]!.startsWith("-")) fail("name one backup file");
  const file = args[0]!;
  if (!existsSync(file)) fail(`no such file: ${file}`);
  const magic = head(file);
  const isPgDump = magic.toString("latin1") === "PGDMP";
  const isGzip = magic[0] === 0x1f && magic[1] === 0x8b;
  const url = process.env.DATABASE_URL;
  if (url) {
    if (!isPgDump) fail(`${file} is not a PostgreSQL backup (pg_dump custom format)`);
    const res = spawnSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", url, file], { stdio: ["ignore", "inherit", "inherit"] });
    if (res.error) fail(`pg_restore could not run (${res.error.message}); install PostgreSQL's client tools`, 1);
    if (res.status !== 0) fail(`pg_restore failed with exit code ${res.status}; the database was left as it was`, 1);
    process.stdout.write(`restored PostgreSQL from ${file}; restart the site's instances\n`);
    return;
  }
  if (!isGzip) fail(`${file} is not a backup of the embedded database (a gzipped data directory)`);
  const dataDir = defaultDataDir();
  try {
    acquireDataDirLock(dataDir, "db:restore");
  } catch (e) {
    fail((e as Error).message, e instanceof DataDirLockedError ? 1 : 1);
  }
  try {
    let keptAs: string | undefined;
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      keptAs = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(dataDir, keptAs);
    }
    // The snapshot of what the old directory published goes with it, or away (the restored one is read afresh).
    if (existsSync(snapshotPathOf(dataDir))) {
      if (keptAs) renameSync(snapshotPathOf(dataDir), snapshotPathOf(keptAs));
      else rmSync(snapshotPathOf(dataDir), { force: true });
    }
    const database = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(file)]), purpose: "db:restore" });
    await database.close();
    process.stdout.write(`restored the embedded database at ${dataDir} from ${file}${keptAs ? `; the previous data directory is kept at ${keptAs}` : ""}\n`);
  } finally {
    releaseDataDirLock(dataDir);
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e), 1));
