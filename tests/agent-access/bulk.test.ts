/**
 * Bulk quoting on the database: an upload becomes a job with the suggested mapping; the mapping is
 * checked and remembered per agent; the runner prices a 5 000-row list chunk by chunk (the page's
 * polls see the progress), resumes after a lost worker, and keeps broken rows as errors while the
 * others are priced; access: the owner and a head of the agency, nobody else. PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { bulkJobStatusForUser, createBulkJob, deleteBulkJob, listBulkJobs, loadBulkJobForUser, mapBulkJob, pruneExpiredBulkJobs, readBulkResults, rememberedMappingOf } from "@/lib/agent/bulk-jobs.server";
import { CHUNK_ROWS, claimBulkJob, runBulkJob, runPendingBulkJobs, STALE_AFTER_MS } from "@/lib/agent/bulk-runner.server";
import { requireAgent } from "@/lib/agent/access.server";
import { catalog } from "@/lib/catalog";
import { bulkJobChunks, bulkJobs, type User } from "@/lib/db/schema";
import { compareSummary } from "@/lib/rating";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { validateRow } from "@/lib/bulk/row-request";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, NOW, type AgentFixture } from "./helpers";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "bulk", "fixtures", name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A list of `n` rows, every 7th with a driver too young; semicolons, as Russian Excel saves. */
function bigList(n: number): Uint8Array {
  const models = ["Kia Rio", "Hyundai Solaris", "Mazda 3", "Toyota Camry", "Lada Granta"];
  const lines = ["Клиент;Модель;Год;Стоимость;Регион;Возраст;Стаж"];
  for (let i = 0; i < n; i += 1) lines.push(`Клиент ${i + 1};${models[i % 5]};${2020 + (i % 6)};${900_000 + (i % 50) * 10_000};${["38", "77", "16", "Казань"][i % 4]};${i % 7 === 3 ? 17 : 25 + (i % 40)};${i % 7 === 3 ? 0 : 3 + (i % 5)}`);
  return utf8(lines.join("\r\n"));
}

const clock = () => NOW;

for (const backend of BACKENDS) {
  describe(`bulk quoting (${backend})`, () => {
    let f: AgentFixture;
    beforeAll(async () => {
      f = await agentFixture(backend);
    }, 120_000);
    afterAll(() => f?.database.close());

    const upload = async (user: User, bytes: Uint8Array, fileName = "list.csv") => {
      const r = await createBulkJob(f.db, actor(user), { fileName, bytes }, NOW);
      if (!r.ok) throw new Error(r.message);
      return r.job;
    };

    it("an upload becomes a job with the suggested mapping; bad files are refused with the problem, nothing stored", async () => {
      const job = await upload(f.owner, fixture("cp1251-semicolon.csv"), "клиенты.csv");
      expect(job).toMatchObject({ status: "mapping", encoding: "windows-1251", separator: ";", rowCount: 3, fileName: "клиенты.csv", agentId: f.owner.id, agencyId: f.agencyA });
      expect(job.mapping).toEqual(["keep", "keep", "model", "year", "price", "region", "driver1Age", "driver1Experience"]);
      expect(job.expiresAt.getTime() - NOW.getTime()).toBe(30 * 86_400_000);
      const before = await f.db.$count(bulkJobs);
      expect(await createBulkJob(f.db, actor(f.owner), { fileName: "x.csv", bytes: utf8("Модель;Год\n") }, NOW)).toMatchObject({ ok: false, status: 400, problem: { code: "empty" } });
      expect(await createBulkJob(f.db, actor(f.owner), { fileName: "x.csv", bytes: null }, NOW)).toMatchObject({ ok: false, status: 400, problem: { code: "too_large" } });
      expect(await f.db.$count(bulkJobs)).toBe(before);
    });

    it("checks the mapping (a field twice, a required one missing) and remembers it for the agent's next file", async () => {
      const job = await upload(f.colleague, utf8("ФИО;Марка ТС;Год;Цена;Регион;Лет;Стаж\nИван;Kia Rio;2024;900000;38;30;5\n"));
      expect(job.mapping).toEqual(["keep", "", "year", "price", "region", "", "driver1Experience"]);
      const twice = await mapBulkJob(f.db, actor(f.colleague), { jobId: job.id, uses: ["keep", "year", "year", "price", "region", "driver1Age", "driver1Experience"], start: false }, NOW);
      expect(twice).toMatchObject({ ok: false, status: 400 });
      if (!twice.ok) expect(twice.issues.map((i) => `${i.path}:${i.message}`)).toEqual(["field-year:duplicate", "field-model:missing"]);
      expect(await mapBulkJob(f.db, actor(f.colleague), { jobId: job.id, uses: ["keep", "nonsense", "year", "price", "region", "", ""], start: false }, NOW)).toMatchObject({ ok: false, issues: [{ path: "column-1" }] });
      expect(await mapBulkJob(f.db, actor(f.colleague), { jobId: job.id, uses: ["keep"], start: false }, NOW)).toMatchObject({ ok: false, issues: [{ path: "mapping" }] });
      expect(await rememberedMappingOf(f.db, f.colleague.id)).toEqual({});

      const ok = await mapBulkJob(f.db, actor(f.colleague), { jobId: job.id, uses: ["keep", "model", "year", "price", "region", "driver1Age", "driver1Experience"], start: false }, NOW);
      expect(ok).toMatchObject({ ok: true, job: { status: "mapping", mapping: ["keep", "model", "year", "price", "region", "driver1Age", "driver1Experience"] } });
      expect(await rememberedMappingOf(f.db, f.colleague.id)).toMatchObject({ "марка тс": "model", лет: "driver1Age", фио: "keep" });
      // The next file with those headers (in another order, another case) gets the agent's choice; other agents do not.
      const next = await upload(f.colleague, utf8("Лет;МАРКА ТС;Год;Цена;Регион\n30;Kia Rio;2024;900000;38\n"));
      expect(next.mapping).toEqual(["driver1Age", "model", "year", "price", "region"]);
      const others = await upload(f.owner, utf8("Лет;МАРКА ТС;Год;Цена;Регион\n30;Kia Rio;2024;900000;38\n"));
      expect(others.mapping).toEqual(["", "", "year", "price", "region"]);
    });

    it("prices a 5 000-row list off the request path: progress chunk by chunk, broken rows reported per field, the others priced as compareSummary prices them", async () => {
      const job = await upload(f.owner, bigList(5000), "big.csv");
      expect(job.rowCount).toBe(5000);
      const started = await mapBulkJob(f.db, actor(f.owner), { jobId: job.id, uses: job.mapping, start: true }, NOW);
      expect(started).toMatchObject({ ok: true, job: { status: "queued" } });
      // Started once only.
      expect(await mapBulkJob(f.db, actor(f.owner), { jobId: job.id, uses: job.mapping, start: true }, NOW)).toMatchObject({ ok: false, status: 409 });

      // Watch the progress while the runner works, as the page's polls do.
      const seen: number[] = [];
      let watching = true;
      const watcher = (async () => {
        while (watching) {
          const s = await bulkJobStatusForUser(f.db, actor(f.owner), job.id);
          if (s.ok) seen.push(s.job.rowsDone);
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      const t0 = performance.now();
      expect(await runPendingBulkJobs(f.database, clock)).toBe(1);
      const seconds = (performance.now() - t0) / 1000;
      watching = false;
      await watcher;
      expect(seen.some((n) => n > 0 && n < 5000), `progress seen: ${seen.join(",")}`).toBe(true);
      expect(seconds).toBeLessThan(60);

      const done = await bulkJobStatusForUser(f.db, actor(f.owner), job.id);
      const invalid = Array.from({ length: 5000 }, (_, i) => i % 7 === 3).filter(Boolean).length;
      expect(done).toMatchObject({ ok: true, job: { status: "done", rowsDone: 5000, rowsQuoted: 5000 - invalid, rowsInvalid: invalid } });
      expect(await f.db.$count(bulkJobChunks, eq(bulkJobChunks.jobId, job.id))).toBe(Math.ceil(5000 / CHUNK_ROWS));

      const results = await readBulkResults(f.db, job.id);
      expect(results.map((r) => r.row)).toEqual(Array.from({ length: 5000 }, (_, i) => i + 2));
      expect(results[3]).toMatchObject({ row: 5, label: ["Клиент 4"], issues: [{ field: "driver1Age" }] });
      expect(results[3]!.quotes).toBeUndefined();
      // Spot checks against the library priced directly.
      const library = await libraryCacheOf(f.database).get();
      const [full] = await f.db.select().from(bulkJobs).where(eq(bulkJobs.id, job.id));
      for (const i of [0, 1, 2, 999, 4999]) {
        const outcome = validateRow(full!.rows[i]!, full!.mapping as never, catalog, full!.pricedFor!);
        if (!outcome.ok) throw new Error(`row ${i}`);
        expect(results[i]!.quotes).toEqual(compareSummary(outcome.request, library, catalog).quotes.map((q) => [q.insurerId, q.premium]));
      }
      expect(full!.insurers!.map((i) => i.id)).toEqual([...library.keys()].sort());
    }, 120_000);

    it("a job whose worker stopped is resumed after the last chunk written, without pricing a chunk twice", async () => {
      const job = await upload(f.owner, bigList(600), "resume.csv");
      await mapBulkJob(f.db, actor(f.owner), { jobId: job.id, uses: job.mapping, start: true }, NOW);
      const id = await claimBulkJob(f.db, NOW);
      expect(id).toBe(job.id);
      // The worker wrote one chunk, then its process died: the heartbeat stays at NOW.
      await f.db.insert(bulkJobChunks).values({ jobId: job.id, chunk: 0, results: [] });
      await f.db.update(bulkJobs).set({ rowsDone: CHUNK_ROWS }).where(eq(bulkJobs.id, job.id));
      expect(await claimBulkJob(f.db, new Date(NOW.getTime() + 1000))).toBeNull();
      const later = new Date(NOW.getTime() + STALE_AFTER_MS + 1000);
      expect(await claimBulkJob(f.db, later)).toBe(job.id);
      await runBulkJob(f.database, job.id, () => later);
      const [row] = await f.db.select().from(bulkJobs).where(eq(bulkJobs.id, job.id));
      expect(row).toMatchObject({ status: "done", rowsDone: 600 });
      const chunks = await f.db.select({ chunk: bulkJobChunks.chunk }).from(bulkJobChunks).where(eq(bulkJobChunks.jobId, job.id));
      expect(chunks.map((c) => c.chunk).sort()).toEqual([0, 1, 2]);
    });

    it("another agent, even of the same agency, cannot see, start, download or delete a job; a head can see it; signed out 401, editors 403", async () => {
      const job = await upload(f.owner, fixture("utf8-bom-comma.csv"), "mine.csv");
      for (const other of [f.colleague, f.foreign]) {
        expect(await loadBulkJobForUser(f.db, actor(other), job.id)).toMatchObject({ ok: false, status: 404 });
        expect(await bulkJobStatusForUser(f.db, actor(other), job.id)).toMatchObject({ ok: false, status: 404 });
        expect(await mapBulkJob(f.db, actor(other), { jobId: job.id, uses: job.mapping, start: true }, NOW)).toMatchObject({ ok: false, status: 404 });
        expect(await deleteBulkJob(f.db, actor(other), job.id)).toMatchObject({ ok: false, status: 404 });
        const agent = await requireAgent(f.db, actor(other));
        if (!agent.ok) throw new Error("setup");
        expect((await listBulkJobs(f.db, agent.agent)).map((j) => j.id)).not.toContain(job.id);
      }
      expect(await loadBulkJobForUser(f.db, null, job.id)).toMatchObject({ ok: false, status: 401 });
      expect(await createBulkJob(f.db, null, { fileName: "x.csv", bytes: fixture("utf8-semicolon.csv") }, NOW)).toMatchObject({ ok: false, status: 401 });
      expect(await loadBulkJobForUser(f.db, actor(f.editor), job.id)).toMatchObject({ ok: false, status: 403 });
      expect(await loadBulkJobForUser(f.db, actor(f.admin), job.id)).toMatchObject({ ok: false, status: 403 });
      expect(await loadBulkJobForUser(f.db, actor(f.owner), "x")).toMatchObject({ ok: false, status: 404 });
      const [after] = await f.db.select({ status: bulkJobs.status }).from(bulkJobs).where(eq(bulkJobs.id, job.id));
      expect(after!.status).toBe("mapping");

      expect(await loadBulkJobForUser(f.db, actor(f.head), job.id)).toMatchObject({ ok: true });
      const head = await requireAgent(f.db, actor(f.head));
      if (!head.ok) throw new Error("setup");
      expect((await listBulkJobs(f.db, head.agent)).map((j) => j.id)).toContain(job.id);
      expect(await deleteBulkJob(f.db, actor(f.owner), job.id)).toMatchObject({ ok: true });
      expect(await loadBulkJobForUser(f.db, actor(f.owner), job.id)).toMatchObject({ ok: false, status: 404 });
    });

    it("deletes jobs and their results after the retention period", async () => {
      const job = await upload(f.foreign, fixture("utf8-semicolon.csv"));
      await mapBulkJob(f.db, actor(f.foreign), { jobId: job.id, uses: job.mapping, start: true }, NOW);
      await runPendingBulkJobs(f.database, clock);
      expect(await f.db.$count(bulkJobChunks, eq(bulkJobChunks.jobId, job.id))).toBe(1);
      expect(await pruneExpiredBulkJobs(f.db, new Date(NOW.getTime() + 29 * 86_400_000))).toBe(0);
      expect(await pruneExpiredBulkJobs(f.db, new Date(NOW.getTime() + 31 * 86_400_000))).toBeGreaterThan(0);
      expect(await f.db.$count(bulkJobs, eq(bulkJobs.id, job.id))).toBe(0);
      expect(await f.db.$count(bulkJobChunks, eq(bulkJobChunks.jobId, job.id))).toBe(0);
    });
  });
}
