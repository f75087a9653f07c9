import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { lockPathOf } from "@/lib/db/data-dir-lock.server";
import { closeReadyDatabase, getReadyDatabase, startDatabase, startStatus, FIRST_BACKOFF_MS } from "@/lib/db/ready.server";
import { rateBookVersions } from "@/lib/db/schema";
import { loadRateBooksFromDir, rateBookDir } from "@/lib/rate-books/load-from-disk.server";
import { createPostgres, postgresUrl, scratchPostgres } from "./test-database";

const BOOKS = loadRateBooksFromDir(rateBookDir()).length;
const dir = mkdtempSync(join(tmpdir(), "kasko-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!process.env.TEST_DATABASE_URL)("several instances starting at once on an empty PostgreSQL", () => {
  it("all start: migrations and seeding run one after the other under the advisory lock, each edition once", async () => {
    const { url, drop } = await scratchPostgres("kasko_start");
    try {
      // Defect: the losers of the migration race failed with a duplicate key on the "drizzle" schema.
      const starts = await Promise.allSettled(Array.from({ length: 6 }, () => startDatabase({ url })));
      expect(starts.filter((s) => s.status === "rejected").map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
      const databases = starts.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof startDatabase>>>).value);
      const [{ n }] = (await databases[0]!.db.select({ n: count() }).from(rateBookVersions).where(eq(rateBookVersions.status, "published"))) as [{ n: number }];
      expect(n).toBe(BOOKS);
      await Promise.all(databases.map((d) => d.close()));
    } finally {
      await drop();
    }
  }, 120_000);
});

describe("a failed start is not kept", () => {
  it("embedded: refused while another process holds the data directory, then starts once it is free", async () => {
    const dataDir = join(dir, "busy");
    // Another live process owns the directory…
    const owner = spawn("sleep", ["60"]);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: owner.pid, purpose: "other", host: hostname(), bootId: "", startTicks: "", since: "" }));
    const options = () => ({ dataDir, purpose: "test" });
    try {
      await expect(getReadyDatabase(options)).rejects.toThrow(`in use by process ${owner.pid}`);
      expect(startStatus()).toMatchObject({ ready: false, failures: 1 });
      // Within the pause, callers are answered at once with the failure (no pile-up of starts)…
      await expect(getReadyDatabase(options)).rejects.toThrow(/not available/);
    } finally {
      owner.kill();
      await new Promise((r) => owner.once("exit", r));
    }
    // …after it, the next caller starts again, and succeeds (the owner is gone: its lock is stale).
    await sleep(FIRST_BACKOFF_MS + 50);
    const database = await getReadyDatabase(options);
    expect(startStatus()).toMatchObject({ ready: true, failures: 0 });
    expect(await getReadyDatabase(options)).toBe(database);
    await closeReadyDatabase();
  }, 120_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)("PostgreSQL: a start that failed (database missing) succeeds once the database is there", async () => {
    const name = `kasko_late_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const options = () => ({ url: postgresUrl(name) });
    await expect(getReadyDatabase(options)).rejects.toThrow(/does not exist/);
    expect(startStatus().failures).toBe(1);
    const { drop } = await createPostgres(name);
    try {
      await sleep(FIRST_BACKOFF_MS + 50);
      const database = await getReadyDatabase(options);
      expect(database.kind).toBe("postgres");
      expect(startStatus()).toMatchObject({ ready: true, failures: 0 });
      await closeReadyDatabase();
    } finally {
      await drop();
    }
  }, 120_000);
});
