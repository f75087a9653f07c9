import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadBulkJobForUser, readBulkResults } from "@/lib/agent/bulk-jobs.server";
import { kickBulkRunner, needsRunner } from "@/lib/agent/bulk-runner.server";
import { BULK_FIELDS, type ColumnUse } from "@/lib/bulk/fields";
import { validateRow, type RowIssue } from "@/lib/bulk/row-request";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { formatDate, formatRub, type UiLocale } from "@/lib/format/money";
import { buttonClass, cardClass, h1Class, h2Class, linkClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { deleteBulkAction } from "../../_actions/bulk";
import { BulkMappingForm } from "../../_components/bulk-mapping-form";
import { BulkProgress } from "../../_components/bulk-progress";
import { issueWords, type BulkTranslate } from "../../_lib/bulk-texts";
import { agentPage, refuse } from "../../_lib/page-access.server";

/** Rows shown in the preview and in the first results. */
const PREVIEW_ROWS = 10;

/** One uploaded list: its column mapping and the preview of its first rows, then the progress, then the results to download. */
export default async function BulkJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const returnTo = `/agent/bulk/${id}`;
  const { db, user } = await agentPage(returnTo);
  const loaded = await loadBulkJobForUser(db, user, id);
  if (!loaded.ok) refuse(loaded, returnTo);
  const { job } = loaded;
  const now = new Date();
  if (needsRunner(job, now)) kickBulkRunner(await getReadyDatabase());
  const [t, locale] = await Promise.all([getTranslations("Bulk") as Promise<unknown> as Promise<BulkTranslate>, getLocale()]);
  const loc = locale as UiLocale;
  const numbers = new Intl.NumberFormat(loc === "ru" ? "ru-RU" : "en-GB");
  const uses = job.mapping as ColumnUse[];
  const words = issueWords(t, job.headers, uses);
  return (
    <>
      <p>
        <Link href="/agent/bulk" className={linkClass}>
          ← {t("back")}
        </Link>
      </p>
      <h1 className={h1Class}>{t("jobTitle", { file: job.fileName })}</h1>
      <p className="text-slate-700">
        {t("jobFacts", { rows: job.rowCount, encoding: t(`encoding_${job.encoding as "utf-8"}`), separator: job.separator, date: formatDate(todayIso(job.createdAt), loc) })}
      </p>
      {job.status === "mapping" ? <Mapping job={job} uses={uses} t={t} words={words} today={todayIso(now)} numbers={numbers} /> : null}
      {job.status === "queued" || job.status === "running" ? (
        <BulkProgress
          jobId={job.id}
          numberLocale={loc === "ru" ? "ru-RU" : "en-GB"}
          initial={{ status: job.status, rowsDone: job.rowsDone, rowCount: job.rowCount }}
          labels={{ title: t("progressTitle"), label: t("progressLabel"), text: t("progressText", { done: "{done}", total: "{total}" }), queued: t("progressQueued"), hint: t("progressHint"), done: t("progressDone") }}
        />
      ) : null}
      {job.status === "failed" ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {t("failed", { error: job.error ?? "" })}
        </p>
      ) : null}
      {job.status === "done" ? <Results job={job} uses={uses} t={t} words={words} locale={loc} numbers={numbers} results={await readBulkResults(db, job.id, 1)} /> : null}
      <form action={deleteBulkAction}>
        <input type="hidden" name="jobId" value={job.id} />
        <SubmitButton className={buttonClass} pendingText={t("deleting")}>
          {t("delete")}
        </SubmitButton>
      </form>
    </>
  );
}

type Job = Extract<Awaited<ReturnType<typeof loadBulkJobForUser>>, { ok: true }>["job"];

function Mapping({ job, uses, t, words, today, numbers }: { job: Job; uses: ColumnUse[]; t: BulkTranslate; words: (i: RowIssue) => string; today: string; numbers: Intl.NumberFormat }) {
  const problems: Record<string, string> = { invalid: t("mapping_invalid"), conflict: t("mapping_conflict") };
  for (const f of BULK_FIELDS) {
    problems[`duplicate:${f}`] = t("mapping_duplicate", { field: t(`fields.${f}`) });
    problems[`missing:${f}`] = t("mapping_missing", { field: t(`fields.${f}`) });
  }
  const preview = job.rows.slice(0, PREVIEW_ROWS).map((row, i) => ({ n: i + 2, row, outcome: validateRow(row, uses, catalog, today) }));
  const shown = uses.flatMap((u, i) => (u === "" ? [] : [i]));
  const withErrors = preview.filter((p) => !p.outcome.ok).length;
  return (
    <>
      <section aria-labelledby="mapping-title" className={`${cardClass} space-y-3`}>
        <h2 id="mapping-title" className={h2Class}>
          {t("mappingTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("mappingIntro")}</p>
        <BulkMappingForm
          jobId={job.id}
          headers={job.headers}
          samples={job.headers.map((_, i) => job.rows[0]?.[i] ?? "")}
          uses={uses}
          fields={BULK_FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))}
          labels={{
            caption: t("mappingCaption"),
            column: t("column"),
            sample: t("sample"),
            use: t("use"),
            useLabels: job.headers.map((header) => t("useLabel", { header })),
            notUsed: t("use_"),
            keep: t("use_keep"),
            fieldsGroup: t("fieldsGroup"),
            apply: t("applyMapping"),
            applying: t("applying"),
            start: t("start", { rows: numbers.format(job.rowCount) }),
            starting: t("starting"),
            errorsTitle: t("mappingErrors"),
            problems,
          }}
        />
      </section>
      <section id="preview" aria-labelledby="preview-title" className="space-y-2">
        <h2 id="preview-title" className={h2Class}>
          {t("previewTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("previewIntro", { count: preview.length })}</p>
        <p className="text-sm font-medium text-slate-800" data-testid="preview-summary">
          {t("previewSummary", { count: withErrors })}
        </p>
        <div role="region" aria-labelledby="preview-title" tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className={tableClass} data-testid="bulk-preview">
            <caption className="sr-only">{t("previewCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("rowNumber")}</th>
                {shown.map((c) => (
                  <th key={c} scope="col" className={thClass}>
                    {job.headers[c]}
                  </th>
                ))}
                <th scope="col" className={thClass}>{t("errors")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.map(({ n, row, outcome }) => {
                const bad = new Set(outcome.ok ? [] : outcome.issues.map((i) => i.field as string));
                return (
                  <tr key={n} data-testid={`preview-row-${n}`}>
                    <th scope="row" className={`${tdClass} font-medium`}>{n}</th>
                    {shown.map((c) => (
                      <td key={c} className={`${tdClass} ${bad.has(uses[c]!) ? "bg-red-50 font-semibold text-red-900" : ""}`}>
                        {row[c]}
                        {bad.has(uses[c]!) ? <span className="sr-only"> ({t("errorMark")})</span> : null}
                      </td>
                    ))}
                    <td className={tdClass}>
                      {outcome.ok ? (
                        <span className="text-green-800">{t("ok")}</span>
                      ) : (
                        <ul className="list-disc pl-4 text-red-800">
                          {outcome.issues.map((i) => (
                            <li key={i.field}>{words(i)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function Results({ job, uses, t, words, locale, numbers, results }: { job: Job; uses: ColumnUse[]; t: BulkTranslate; words: (i: RowIssue) => string; locale: UiLocale; numbers: Intl.NumberFormat; results: Awaited<ReturnType<typeof readBulkResults>> }) {
  const kept = uses.flatMap((u, i) => (u === "keep" ? [i] : []));
  const names = new Map((job.insurers ?? []).map((i) => [i.id, locale === "ru" ? i.nameRu : i.nameEn]));
  return (
    <section aria-labelledby="results-title" className={`${cardClass} space-y-3`} data-testid="bulk-results">
      <h2 id="results-title" className={h2Class}>
        {t("doneTitle")}
      </h2>
      <p role="status" className="font-medium text-slate-800" data-testid="bulk-done">
        {t("doneSummary", { quoted: numbers.format(job.rowsQuoted), invalid: numbers.format(job.rowsInvalid), date: formatDate(job.pricedFor ?? todayIso(job.createdAt), locale) })}
      </p>
      <div className="flex flex-wrap gap-2">
        <a href={`/agent/bulk/${job.id}/results.csv?sep=semicolon`} download className={buttonClass}>
          {t("downloadSemicolon")}
        </a>
        <a href={`/agent/bulk/${job.id}/results.csv`} download className={buttonClass}>
          {t("downloadComma")}
        </a>
      </div>
      <p className="text-sm text-slate-700">{t("downloadHint")}</p>
      <h3 id="first-results" className="font-semibold text-brand-900">
        {t("resultsTitle")}
      </h3>
      <div role="region" aria-labelledby="first-results" tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className={tableClass}>
          <caption className="sr-only">{t("resultsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t("rowNumber")}</th>
              {kept.map((c) => (
                <th key={c} scope="col" className={thClass}>
                  {job.headers[c]}
                </th>
              ))}
              <th scope="col" className={thClass}>{t("cheapest")}</th>
              <th scope="col" className={thClass}>{t("premium")}</th>
              <th scope="col" className={thClass}>{t("errors")}</th>
            </tr>
          </thead>
          <tbody>
            {results.slice(0, PREVIEW_ROWS).map((r) => {
              const cheapest = r.quotes?.[0];
              return (
                <tr key={r.row}>
                  <th scope="row" className={`${tdClass} font-medium`}>{r.row}</th>
                  {kept.map((c, i) => (
                    <td key={c} className={tdClass}>
                      {r.label[i]}
                    </td>
                  ))}
                  <td className={tdClass}>{cheapest ? names.get(cheapest[0]) ?? cheapest[0] : "—"}</td>
                  <td className={`${tdClass} tabular-nums`}>{cheapest ? formatRub(cheapest[1], locale) : "—"}</td>
                  <td className={`${tdClass} text-red-800`}>{(r.issues ?? []).map(words).join("; ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
