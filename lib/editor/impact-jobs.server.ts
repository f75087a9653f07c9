import "server-only";
import type { ImpactReport } from "./impact";

/**
 * Impact analyses under way or done in this process, per database and by what they analyse
 * (version, revision, edition in force, day): a page that shows the progress of a large portfolio
 * and the reload that shows its report find the same analysis, which runs once.
 */
export interface ImpactJob {
  /** Requests priced so far, of `total`. */
  done: number;
  total: number;
  report?: ImpactReport;
  failed?: string;
  /** Settles (never rejects) when the report or the failure is there. */
  finished: Promise<void>;
}

const byDatabase = new WeakMap<object, Map<string, ImpactJob>>();
/** Reports kept (a saved draft has a new revision, so a new key). */
const KEEP = 16;

/** The analysis for `key` on `database` if one is running or done (not one that failed). */
export function findImpactJob(database: object, key: string): ImpactJob | undefined {
  const existing = byDatabase.get(database)?.get(key);
  return existing && existing.failed === undefined ? existing : undefined;
}

/** The analysis for `key` on `database`, started with `run` unless it already is. */
export function impactJob(database: object, key: string, run: (onProgress: (done: number, total: number) => void) => Promise<ImpactReport>): ImpactJob {
  let jobs = byDatabase.get(database);
  if (!jobs) byDatabase.set(database, (jobs = new Map()));
  const existing = findImpactJob(database, key);
  if (existing) return existing;
  const job: ImpactJob = { done: 0, total: 0, finished: Promise.resolve() };
  job.finished = run((done, total) => {
    job.done = done;
    job.total = total;
  }).then(
    (report) => {
      job.report = report;
    },
    (error: unknown) => {
      // A failed analysis is not kept: the next visit starts it again.
      job.failed = error instanceof Error ? error.message : String(error);
    },
  );
  jobs.set(key, job);
  while (jobs.size > KEEP) jobs.delete(jobs.keys().next().value!);
  return job;
}
