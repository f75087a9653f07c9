import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/lib/db/client.server";
import { createDraft, listVersions, publishDraft } from "@/lib/db/rate-books.server";
import { agencies, loginThrottle, sessions, users } from "@/lib/db/schema";
import { seedRateBooks } from "@/seeds/seed-database";
import { scratchPostgres } from "./test-database";

// The real commands on real databases; what comes back is compared table by table.
const dir = mkdtempSync(join(tmpdir(), "kasko-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TSX = join(process.cwd(), "node_modules/.bin/tsx");

function run(script: "db-backup" | "db-restore", file: string, env: { KASKO_DATA_DIR?: string; DATABASE_URL?: string }) {
  const e: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete e.DATABASE_URL;
  const res = spawnSync(TSX, [`lib/cli/${script}.ts`, file], { env: e, encoding: "utf8", timeout: 120_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Every table the site keeps (whatever the migrations created), each in a fixed order, as comparable text. */
async function everything(db: Db): Promise<string> {
  const rowsOf = async (query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  const tables = (await rowsOf(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)).rows.map((r) => String(r.table_name));
  expect(tables).toEqual(expect.arrayContaining(["users", "sessions", "login_throttle", "rate_book_versions", "audit_log", "clients", "saved_calculations"]));
  const out: Record<string, unknown> = {};
  for (const table of tables) out[table] = (await rowsOf(sql.raw(`select * from "${table}" order by 1`))).rows;
  return JSON.stringify(out);
}

/** Some of everything: seeded editions, an account, a session, a publish, a draft. */
async function fill(db: Db) {
  await seedRateBooks(db);
  const [u] = await db.insert(users).values({ email: "a@example.org", name: "Анна", role: "admin", passwordHash: "scrypt$x" }).returning();
  await db.insert(agencies).values({ slug: "alfa", name: "Альфа-Агент" });
  await db.insert(sessions).values({ id: "f".repeat(64), userId: u!.id, expiresAt: new Date("2027-01-01T00:00:00Z") });
  await db.insert(loginThrottle).values({ key: "pair:example", attempts: 2, windowStartedAt: new Date("2026-11-22T10:00:00Z") });
  const base = (await listVersions(db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
  const draft = await createDraft(db, base.id, u!.id);
  await publishDraft(db, { id: draft.id, effectiveFrom: "2027-03-01", today: "2026-11-22", userId: u!.id });
  await createDraft(db, base.id, u!.id);
}

describe("db:backup and db:restore, embedded database", () => {
  it("restores exactly what was backed up; refuses while another process owns the data directory", async () => {
    const dataDir = join(dir, "site", "pglite");
    const file = join(dir, "site.tar.gz");
    const owner = await openDatabase({ dataDir, purpose: "test site" });
    await fill(owner.db);
    const before = await everything(owner.db);
    // The site (this process) runs: both commands refuse, naming it, and write nothing.
    const refused = run("db-backup", file, { KASKO_DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`in use by process ${process.pid} (test site`);
    expect(existsSync(file)).toBe(false);
    await owner.close();

    const backup = run("db-backup", file, { KASKO_DATA_DIR: dataDir });
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    // Restored into the same place (the old directory kept aside) and into a new one.
    const restored = run("db-restore", file, { KASKO_DATA_DIR: dataDir });
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(readdirSync(join(dir, "site")).filter((n) => n.startsWith("pglite.before-restore-"))).toHaveLength(1);
    const elsewhere = join(dir, "elsewhere", "pglite");
    expect(run("db-restore", file, { KASKO_DATA_DIR: elsewhere }).code).toBe(0);
    for (const where of [dataDir, elsewhere]) {
      const database = await openDatabase({ dataDir: where });
      try {
        expect(await everything(database.db)).toBe(before);
      } finally {
        await database.close();
      }
    }
    // A backup of the other kind is refused as bad input.
    expect(run("db-restore", join(process.cwd(), "package.json"), { KASKO_DATA_DIR: elsewhere }).code).toBe(2);
  }, 240_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("db:backup and db:restore, PostgreSQL", () => {
  it("restores exactly what was backed up, over changed data and into an empty database", async () => {
    const [sourceDb, targetDb] = [await scratchPostgres("kasko_bk"), await scratchPostgres("kasko_rs")];
    const [sourceUrl, targetUrl] = [sourceDb.url, targetDb.url];
    const file = join(dir, "pg.dump");
    const source = await openDatabase({ url: sourceUrl });
    try {
      await fill(source.db);
      const before = await everything(source.db);
      const backup = run("db-backup", file, { DATABASE_URL: sourceUrl });
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      // Changed after the backup: the restore brings back the state of the backup.
      await source.db.delete(sessions);
      await source.db.insert(users).values({ email: "late@example.org", name: "Late", role: "editor", passwordHash: "x" });
      expect(run("db-restore", file, { DATABASE_URL: sourceUrl })).toMatchObject({ code: 0 });
      expect(await everything(source.db)).toBe(before);
      expect(run("db-restore", file, { DATABASE_URL: targetUrl })).toMatchObject({ code: 0 });
      const target = await openDatabase({ url: targetUrl });
      try {
        expect(await everything(target.db)).toBe(before);
      } finally {
        await target.close();
      }
      expect(run("db-restore", join(dir, "site.tar.gz"), { DATABASE_URL: targetUrl }).code).toBe(2);
    } finally {
      await source.close();
      await Promise.all([sourceDb.drop(), targetDb.drop()]);
    }
  }, 240_000);
});
