// Server-only: quoting bulk jobs off the request path. A job started by an agent is queued in the
// database; the runner (one per process, started by the action that queued it, and again by any
// page or progress poll that finds a queued job or one whose worker stopped) claims it, prices its
// rows chunk by chunk with the published library kept in the process (no database read per row),
// and writes each chunk's results with the job's progress in one transaction, yielding to the event
// loop between chunks so that pages and quotes are served meanwhile. A restart loses at most the
// chunk in hand: the job's heartbeat goes stale and the next runner resumes after the last chunk
// written. On PostgreSQL the claim (FOR UPDATE SKIP LOCKED) lets several instances share the work.
import { and, eq, sql } from "drizzle-orm";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import type { Database, Db } from "@/lib/db/client.server";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { bulkJobChunks, bulkJobs, type BulkJob } from "@/lib/db/schema";
import type { ColumnUse } from "@/lib/bulk/fields";
import { insurerColumns, priceRows } from "@/lib/bulk/price-rows";

/** Rows priced between two yields to the event loop (≈ 25 ms of CPU at 10 000 rows/s). */
export const CHUNK_ROWS = 250;
/** A running job whose heartbeat is older than this has lost its worker and is taken over. */
export const STALE_AFTER_MS = 30_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Whether a job needs a runner: queued, or running with nobody working on it. */
export function needsRunner(job: Pick<BulkJob, "status" | "heartbeatAt">, now: Date): boolean {
  if (job.status === "queued") return true;
  return job.status === "running" && (!job.heartbeatAt || now.getTime() - job.heartbeatAt.getTime() > STALE_AFTER_MS);
}

/** Takes the oldest job needing work, or null. Atomic across instances. */
export async function claimBulkJob(db: Db, now: Date): Promise<number | null> {
  const stale = new Date(now.getTime() - STALE_AFTER_MS);
  const result = (await db.execute(sql`
    update bulk_jobs set status = 'running', heartbeat_at = ${now.toISOString()}::timestamptz, started_at = coalesce(started_at, ${now.toISOString()}::timestamptz)
    where id = (
      select id from bulk_jobs
      where status = 'queued' or (status = 'running' and (heartbeat_at is null or heartbeat_at < ${stale.toISOString()}::timestamptz))
      order by id limit 1 for update skip locked
    )
    returning id`)) as unknown as { rows: { id: number }[] };
  return result.rows[0]?.id ?? null;
}

/** Prices a claimed job from its first unwritten chunk to the end. */
export async function runBulkJob(database: Database, jobId: number, clock: () => Date = () => new Date()): Promise<void> {
  const { db } = database;
  const [job] = await db.select().from(bulkJobs).where(eq(bulkJobs.id, jobId)).limit(1);
  if (!job || job.status !== "running") return;
  const library = await libraryCacheOf(database).get();
  let pricedFor = job.pricedFor;
  if (!pricedFor || !job.insurers) {
    pricedFor = todayIso(clock());
    await db.update(bulkJobs).set({ pricedFor, insurers: insurerColumns(library, pricedFor) }).where(eq(bulkJobs.id, job.id));
  }
  const uses = job.mapping as ColumnUse[];
  for (let chunk = Math.floor(job.rowsDone / CHUNK_ROWS); chunk * CHUNK_ROWS < job.rowCount; chunk += 1) {
    const from = chunk * CHUNK_ROWS;
    const to = Math.min(from + CHUNK_ROWS, job.rowCount);
    const results = priceRows({ rows: job.rows, uses, from, to, library, catalog, today: pricedFor });
    const invalid = results.filter((r) => r.issues).length;
    const stillMine = await db.transaction(async (tx) => {
      const written = await tx.insert(bulkJobChunks).values({ jobId: job.id, chunk, results }).onConflictDoNothing().returning({ chunk: bulkJobChunks.chunk });
      const counts = written.length > 0 ? { rowsQuoted: sql`${bulkJobs.rowsQuoted} + ${results.length - invalid}`, rowsInvalid: sql`${bulkJobs.rowsInvalid} + ${invalid}` } : {};
      const updated = await tx
        .update(bulkJobs)
        .set({ rowsDone: to, heartbeatAt: clock(), ...counts })
        .where(and(eq(bulkJobs.id, job.id), eq(bulkJobs.status, "running")))
        .returning({ id: bulkJobs.id });
      return updated.length > 0;
    });
    // Deleted by its agent meanwhile.
    if (!stillMine) return;
    await yieldToEventLoop();
  }
  await db.update(bulkJobs).set({ status: "done", finishedAt: clock(), heartbeatAt: clock() }).where(and(eq(bulkJobs.id, job.id), eq(bulkJobs.status, "running")));
}

/** Runs every job needing work, one after the other, until none is left. */
export async function runPendingBulkJobs(database: Database, clock: () => Date = () => new Date()): Promise<number> {
  let jobs = 0;
  for (;;) {
    const id = await claimBulkJob(database.db, clock());
    if (id === null) return jobs;
    jobs += 1;
    try {
      await runBulkJob(database, id, clock);
    } catch (error) {
      // A job that cannot be priced (not a database outage: then this write fails too and the
      // job resumes later) is marked failed rather than retried for ever.
      await database.db
        .update(bulkJobs)
        .set({ status: "failed", error: (error as Error).message.slice(0, 500), finishedAt: clock() })
        .where(eq(bulkJobs.id, id))
        .catch(() => undefined);
    }
  }
}

interface RunnerState {
  running?: Promise<void>;
  again: boolean;
}
const globalForRunner = globalThis as unknown as { kaskoBulkRunner?: WeakMap<Database, RunnerState> };

/**
 * Makes sure this process is working through the database's pending jobs: starts the runner if it
 * is idle, or has it look again when it finishes. Returns at once; the work is not the caller's.
 */
export function kickBulkRunner(database: Database): void {
  const runners = (globalForRunner.kaskoBulkRunner ??= new WeakMap());
  let state = runners.get(database);
  if (!state) runners.set(database, (state = { again: false }));
  if (state.running) {
    state.again = true;
    return;
  }
  const s = state;
  s.again = false;
  s.running = runPendingBulkJobs(database)
    .then(() => undefined, () => undefined)
    .finally(() => {
      s.running = undefined;
      if (s.again) kickBulkRunner(database);
    });
}

/** The runner's current pass, if any (tests wait for it). */
export function bulkRunnerIdle(database: Database): Promise<void> {
  return globalForRunner.kaskoBulkRunner?.get(database)?.running ?? Promise.resolve();
}
