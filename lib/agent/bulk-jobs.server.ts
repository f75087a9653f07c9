// Bulk quoting on the database: an uploaded client list becomes a job (its rows kept with it), the
// agent maps its columns (remembered per agent), previews, and starts it; lib/agent/bulk-runner.server.ts
// quotes it off the request path; the results are read back in order for the CSV. Access as for
// clients: the owner, or a head of the same agency; anybody else 404. Jobs are deleted
// BULK_RETENTION_DAYS after the upload. See docs/decisions/0016-bulk-quoting.md.
import { and, asc, desc, eq, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { bulkColumnMappings, bulkJobChunks, bulkJobs, users, type BulkJob } from "@/lib/db/schema";
import { isColumnUse, mappingProblems, rememberMapping, suggestMapping, type ColumnUse, type RememberedMapping } from "@/lib/bulk/fields";
import type { RowResult } from "@/lib/bulk/price-rows";
import { MAX_FILE_BYTES, readClientList, type FileProblem } from "@/lib/bulk/read-file";
import type { Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult, type Failure, type Success } from "@/lib/editor/actions/result";
import { parseId } from "@/lib/editor/actions/parse-input";
import { canSee, requireAgent, type AgentActor } from "./access.server";

/** How long a job, its client list and its results are kept after the upload. */
export const BULK_RETENTION_DAYS = 30;
/** Jobs an agent may keep at once (the oldest beyond are the agent's to delete). */
export const MAX_JOBS_PER_AGENT = 50;

export type BulkJobSummary = Omit<BulkJob, "rows"> & { agentName: string };

const SUMMARY = {
  id: bulkJobs.id,
  agencyId: bulkJobs.agencyId,
  agentId: bulkJobs.agentId,
  fileName: bulkJobs.fileName,
  encoding: bulkJobs.encoding,
  separator: bulkJobs.separator,
  headers: bulkJobs.headers,
  rowCount: bulkJobs.rowCount,
  mapping: bulkJobs.mapping,
  status: bulkJobs.status,
  rowsDone: bulkJobs.rowsDone,
  rowsQuoted: bulkJobs.rowsQuoted,
  rowsInvalid: bulkJobs.rowsInvalid,
  insurers: bulkJobs.insurers,
  pricedFor: bulkJobs.pricedFor,
  error: bulkJobs.error,
  createdAt: bulkJobs.createdAt,
  startedAt: bulkJobs.startedAt,
  heartbeatAt: bulkJobs.heartbeatAt,
  finishedAt: bulkJobs.finishedAt,
  expiresAt: bulkJobs.expiresAt,
  agentName: users.name,
};

/** Deletes every job past its retention date (their results go with them). */
export async function pruneExpiredBulkJobs(db: Db, now: Date): Promise<number> {
  const gone = await db.delete(bulkJobs).where(lt(bulkJobs.expiresAt, now)).returning({ id: bulkJobs.id });
  return gone.length;
}

/** The agent's remembered mapping (normalised header → use). */
export async function rememberedMappingOf(db: Db, userId: number): Promise<RememberedMapping> {
  const [row] = await db.select({ mapping: bulkColumnMappings.mapping }).from(bulkColumnMappings).where(eq(bulkColumnMappings.userId, userId)).limit(1);
  return (row?.mapping as RememberedMapping | undefined) ?? {};
}

/** Why an upload was refused: the file's problem, or too many jobs kept. */
export type UploadProblem = FileProblem | { code: "too_many_jobs"; limit: number };

const uploadFailure = (problem: UploadProblem): Failure & { problem: UploadProblem } => ({ ...fail("invalid", "Файл не принят.", [{ path: "file", message: problem.code }]), problem });

/** An uploaded client list as a new job of the agent, its columns mapped as suggested. 201; a bad file: 400 with the problem. */
export async function createBulkJob(db: Db, user: Actor | null, input: { fileName: string; bytes: Uint8Array | null }, now: Date): Promise<Success<{ job: BulkJob }> | Failure | (Failure & { problem: UploadProblem })> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const agent = access.agent;
  if (input.bytes === null) return uploadFailure({ code: "too_large", limit: MAX_FILE_BYTES });
  const read = readClientList(input.bytes);
  if (!read.ok) return uploadFailure(read.problem);
  const { list } = read;
  await pruneExpiredBulkJobs(db, now);
  const count = await db.$count(bulkJobs, eq(bulkJobs.agentId, agent.id));
  if (count >= MAX_JOBS_PER_AGENT) return uploadFailure({ code: "too_many_jobs", limit: MAX_JOBS_PER_AGENT });
  const uses = suggestMapping(list.headers, await rememberedMappingOf(db, agent.id));
  const [job] = await db
    .insert(bulkJobs)
    .values({
      agencyId: agent.agencyId,
      agentId: agent.id,
      fileName: input.fileName.slice(0, 200) || "list.csv",
      encoding: list.encoding,
      separator: list.separator,
      headers: list.headers,
      rows: list.rows,
      rowCount: list.rows.length,
      mapping: uses,
      createdAt: now,
      expiresAt: new Date(now.getTime() + BULK_RETENTION_DAYS * 86_400_000),
    })
    .returning();
  return succeed({ job: job! }, 201);
}

const NOT_FOUND_JOB = () => fail("not_found", "Такой загрузки нет или она вам недоступна.");

/** A job the user may see (owner, or a head of its agency), with its rows; else 401/403/404. */
export async function loadBulkJobForUser(db: Db, user: Actor | null | undefined, id: unknown): Promise<{ ok: true; agent: AgentActor; job: BulkJob } | Failure> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const jobId = parseId(id);
  if (jobId === null) return NOT_FOUND_JOB();
  const [job] = await db.select().from(bulkJobs).where(eq(bulkJobs.id, jobId)).limit(1);
  if (!job || !canSee(access.agent, job)) return NOT_FOUND_JOB();
  return { ok: true, agent: access.agent, job };
}

/** The progress of a job the user may see, without reading its rows (polled while it runs). */
export async function bulkJobStatusForUser(db: Db, user: Actor | null | undefined, id: unknown): Promise<{ ok: true; job: BulkJobSummary } | Failure> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const jobId = parseId(id);
  if (jobId === null) return NOT_FOUND_JOB();
  const [job] = await db.select(SUMMARY).from(bulkJobs).innerJoin(users, eq(users.id, bulkJobs.agentId)).where(eq(bulkJobs.id, jobId)).limit(1);
  if (!job || !canSee(access.agent, job)) return NOT_FOUND_JOB();
  return { ok: true, job };
}

/** The agent's jobs (a head: the agency's), newest first, without their rows. */
export async function listBulkJobs(db: Db, agent: AgentActor): Promise<BulkJobSummary[]> {
  const scope = agent.isHead ? eq(bulkJobs.agencyId, agent.agencyId) : and(eq(bulkJobs.agencyId, agent.agencyId), eq(bulkJobs.agentId, agent.id));
  return db.select(SUMMARY).from(bulkJobs).innerJoin(users, eq(users.id, bulkJobs.agentId)).where(scope).orderBy(desc(bulkJobs.createdAt), desc(bulkJobs.id)).limit(200);
}

/** Checks a mapping sent by the form: one use per column, each known, no field twice, the required ones present. */
function checkMapping(job: BulkJob, raw: readonly unknown[]): { ok: true; uses: ColumnUse[] } | Failure {
  if (raw.length !== job.headers.length) return fail("invalid", "Сопоставление не совпадает со столбцами файла.", [{ path: "mapping", message: "invalid" }]);
  const uses: ColumnUse[] = [];
  for (const [i, value] of raw.entries()) {
    if (typeof value !== "string" || !isColumnUse(value)) return fail("invalid", "Неизвестное назначение столбца.", [{ path: `column-${i}`, message: "invalid" }]);
    uses.push(value);
  }
  const { duplicate, missing } = mappingProblems(uses);
  const issues = [...duplicate.map((f) => ({ path: `field-${f}`, message: "duplicate" })), ...missing.map((f) => ({ path: `field-${f}`, message: "missing" }))];
  if (issues.length > 0) return fail("invalid", "Проверьте сопоставление столбцов.", issues);
  return { ok: true, uses };
}

/**
 * Sets a job's column mapping (only before it is started) and remembers it for the agent's next
 * files; with `start`, the job is queued for the runner in the same transaction.
 */
export async function mapBulkJob(db: Db, user: Actor | null, input: { jobId: unknown; uses: readonly unknown[]; start: boolean }, now: Date): Promise<ActionResult<{ job: BulkJob }>> {
  const loaded = await loadBulkJobForUser(db, user, input.jobId);
  if (!loaded.ok) return loaded;
  const { job, agent } = loaded;
  if (job.status !== "mapping") return fail("conflict", "Эта загрузка уже запущена.");
  const checked = checkMapping(job, input.uses);
  if (!checked.ok) return checked;
  const remembered = rememberMapping(await rememberedMappingOf(db, agent.id), job.headers, checked.uses);
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(bulkJobs)
      .set({ mapping: checked.uses, ...(input.start ? { status: "queued" } : {}) })
      .where(and(eq(bulkJobs.id, job.id), eq(bulkJobs.status, "mapping")))
      .returning();
    if (!row) return null;
    await tx
      .insert(bulkColumnMappings)
      .values({ userId: agent.id, mapping: remembered, updatedAt: now })
      .onConflictDoUpdate({ target: bulkColumnMappings.userId, set: { mapping: remembered, updatedAt: now } });
    return row;
  });
  if (!updated) return fail("conflict", "Эта загрузка уже запущена.");
  return succeed({ job: updated });
}

/** Deletes a job the user may see, with its results. */
export async function deleteBulkJob(db: Db, user: Actor | null, id: unknown): Promise<ActionResult> {
  const loaded = await loadBulkJobForUser(db, user, id);
  if (!loaded.ok) return loaded;
  await db.delete(bulkJobs).where(eq(bulkJobs.id, loaded.job.id));
  return succeed({});
}

/** A job's results so far, in row order (with `chunks`, only the first chunks' rows). */
export async function readBulkResults(db: Db, jobId: number, chunks?: number): Promise<RowResult[]> {
  const query = db.select({ results: bulkJobChunks.results }).from(bulkJobChunks).where(eq(bulkJobChunks.jobId, jobId)).orderBy(asc(bulkJobChunks.chunk));
  return (await (chunks === undefined ? query : query.limit(chunks))).flatMap((c) => c.results as RowResult[]);
}
