import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BULK_RETENTION_DAYS, listBulkJobs, pruneExpiredBulkJobs } from "@/lib/agent/bulk-jobs.server";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/bulk/read-file";
import { formatDate, type UiLocale } from "@/lib/format/money";
import { todayIso } from "@/lib/clock";
import { cardClass, h1Class, h2Class, labelClass, linkClass, primaryButtonClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { agentPage } from "../_lib/page-access.server";
import { statusText, type BulkTranslate } from "../_lib/bulk-texts";

type SearchParams = Record<string, string | string[] | undefined>;
const PROBLEMS = ["empty", "too_large", "too_many_rows", "too_many_columns", "cell_too_long", "no_header", "not_csv", "too_many_jobs", "no_file"] as const;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
const count = (v: string | string[] | undefined) => (/^\d{1,9}$/.test(one(v)) ? Number(one(v)) : 0);

/** Bulk quoting: upload a client list (with the limits and the template), and the uploads so far. */
export default async function BulkPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { db, agent } = await agentPage("/agent/bulk");
  const now = new Date();
  await pruneExpiredBulkJobs(db, now);
  const [jobs, t, locale] = await Promise.all([listBulkJobs(db, agent), getTranslations("Bulk") as Promise<unknown> as Promise<BulkTranslate>, getLocale()]);
  const loc = locale as UiLocale;
  const numbers = new Intl.NumberFormat(loc === "ru" ? "ru-RU" : "en-GB");
  const code = PROBLEMS.find((p) => p === one(params.problem));
  const limit = code === "too_large" ? Math.round(MAX_FILE_BYTES / 1024 / 1024) : count(params.limit);
  const problem = code ? t(`problem_${code}`, { limit: numbers.format(limit), rows: numbers.format(count(params.rows)), row: count(params.row) }) : null;
  return (
    <>
      <h1 className={h1Class}>{t("title")}</h1>
      {one(params.deleted) ? (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          {t("deleted")}
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="upload-title" className={`${cardClass} space-y-3`}>
        <h2 id="upload-title" className={h2Class}>
          {t("uploadTitle")}
        </h2>
        <p id="upload-hint" className="text-sm text-slate-700">
          {t("limits", { rows: numbers.format(MAX_ROWS), mb: Math.round(MAX_FILE_BYTES / 1024 / 1024) })}
        </p>
        {problem ? (
          <p role="alert" id="upload-error" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
            {problem}
          </p>
        ) : null}
        <form method="post" action="/agent/bulk/upload" encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="bulk-file" className={labelClass}>
              {t("file")}
            </label>
            <input id="bulk-file" name="file" type="file" accept=".csv,text/csv,text/plain" required aria-describedby={problem ? "upload-hint upload-error" : "upload-hint"} aria-invalid={problem ? true : undefined} className="block text-sm" />
          </div>
          <button type="submit" className={primaryButtonClass}>
            {t("upload")}
          </button>
        </form>
        <p className="text-sm">
          <a href="/agent/bulk/template.csv" download className={linkClass}>
            {t("template")}
          </a>{" "}
          <span className="text-slate-700">— {t("templateHint")}</span>
        </p>
      </section>
      <section aria-labelledby="jobs-title" className="space-y-2">
        <h2 id="jobs-title" className={h2Class}>
          {agent.isHead ? t("jobsHead") : t("jobs")}
        </h2>
        {agent.isHead ? <p className="text-sm text-slate-700">{t("introHead")}</p> : null}
        <p className="text-sm text-slate-700">{t("retention", { days: BULK_RETENTION_DAYS })}</p>
        {jobs.length === 0 ? (
          <p className="text-slate-700">{t("noJobs")}</p>
        ) : (
          <div role="region" aria-labelledby="jobs-title" tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className={tableClass} data-testid="bulk-jobs">
              <caption className="sr-only">{t("jobsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t("fileName")}</th>
                  {agent.isHead ? <th scope="col" className={thClass}>{t("agent")}</th> : null}
                  <th scope="col" className={thClass}>{t("uploaded")}</th>
                  <th scope="col" className={thClass}>{t("rows")}</th>
                  <th scope="col" className={thClass}>{t("state")}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((job) => (
                  <tr key={job.id}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      <Link href={`/agent/bulk/${job.id}`} className={linkClass}>
                        {job.fileName}
                      </Link>
                    </th>
                    {agent.isHead ? <td className={tdClass}>{job.agentName}</td> : null}
                    <td className={tdClass}>{formatDate(todayIso(job.createdAt), loc)}</td>
                    <td className={tdClass}>{numbers.format(job.rowCount)}</td>
                    <td className={tdClass}>{statusText(job, t, numbers)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
