"use client";
import { memo } from "react";
import type { RateBookForm } from "./form-model";
import { countWords } from "./factor-table-section";
import { domId, issuePlace, type IssueView } from "./issues";

interface Props {
  views: readonly IssueView[];
  /** For the tables' names. */
  factors: RateBookForm["factors"];
  acked: ReadonlySet<string>;
  onAck: (key: string, acked: boolean) => void;
  /** Opens what hides the anchor (a collapsed table) and focuses it. */
  onJump: (anchor: string) => void;
}

/** All issues of the book, errors first; each links to its cell; warnings can be acknowledged ("Учтено"). */
export const IssueSummary = memo(function IssueSummary({ views, factors, acked, onAck, onJump }: Props) {
  const errors = views.filter((v) => v.issue.severity === "error");
  const warnings = views.filter((v) => v.issue.severity === "warning");
  const sorted = [...errors, ...warnings];
  return (
    <section aria-labelledby="rb-issues-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="rb-issues-heading" className="text-base font-semibold text-brand-900">
        Проверка тарифа
        <span className="ml-2 text-sm font-normal text-slate-600">
          {sorted.length === 0 ? "ошибок и предупреждений нет" : `${countWords.errors(errors.length)}, ${countWords.warnings(warnings.length)}`}
        </span>
      </h2>
      {sorted.length > 0 ? (
        <div role="region" aria-label="Список ошибок и предупреждений" tabIndex={0} className="mt-2 max-h-72 overflow-y-auto">
          <ul className="space-y-1.5 text-sm">
            {sorted.map(({ issue, anchor }, n) => {
              const error = issue.severity === "error";
              const msgId = `rb-issue-${n}`;
              return (
                <li key={`${issue.key}#${n}`} className={`flex flex-wrap items-baseline gap-x-2 rounded-md border-l-4 px-2 py-1 ${error ? "border-red-600 bg-red-50" : acked.has(issue.key) ? "border-slate-300 bg-slate-50" : "border-amber-500 bg-amber-50"}`}>
                  <span className={`text-xs font-semibold uppercase ${error ? "text-red-800" : "text-amber-900"}`}>{error ? "Ошибка" : "Предупреждение"}</span>
                  <a
                    href={`#${domId(anchor)}`}
                    className="font-medium text-brand-700 underline underline-offset-2"
                    onClick={(e) => {
                      e.preventDefault();
                      onJump(anchor);
                    }}
                  >
                    {issuePlace(issue, factors)}
                  </a>
                  <span id={msgId} className={error ? "text-red-900" : "text-amber-950"}>
                    {issue.message}
                  </span>
                  {error ? null : (
                    <label className="ml-auto flex items-center gap-1.5 text-sm text-slate-800">
                      <input type="checkbox" className="size-4 accent-brand-600" checked={acked.has(issue.key)} aria-describedby={msgId} onChange={(e) => onAck(issue.key, e.target.checked)} />
                      Учтено
                    </label>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
});
