import Link from "next/link";
import { notFound } from "next/navigation";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { formatRub } from "@/lib/format/money";
import { versionImpactOrProgress } from "@/lib/editor/actions/impact.server";
import { parseId } from "@/lib/editor/actions/parse-input";
import { requireUser } from "@/app/_lib/session.server";
import { formatPercent, ruDate } from "../../../../_components/format";
import { ImpactHistogram, ImpactSummary } from "../../../../_components/impact-view";
import { ImpactProgress } from "../../../../_components/impact-progress";
import { IssueList } from "../../../../_components/issue-list";
import { cardClass, h1Class, h2Class, linkClass, tableClass, tdClass, thClass } from "../../../../_components/styles";
import { insurerNames } from "../../../../_lib/data.server";

/** How long the page waits for the analysis before it shows its progress instead (a large portfolio, a busy server). */
const WAIT_MS = 600;

/** How a version would change the premiums of the 3 000-request portfolio, against the edition in force today. */
export default async function ImpactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/editor/versions/${id}/impact`);
  if (parseId(id) === null) notFound();
  const { db } = await getReadyDatabase();
  const result = await versionImpactOrProgress(db, user, { id }, new Date(), WAIT_MS);
  if (!result.ok && result.status === 404) notFound();
  const back = (
    <Link href={`/editor/versions/${id}`} className={linkClass}>
      ← к версии №{id}
    </Link>
  );
  if (!result.ok) {
    return (
      <>
        {back}
        <h1 className={h1Class}>Влияние версии №{id}</h1>
        <IssueList message={result.message} issues={result.issues} />
      </>
    );
  }
  if ("progress" in result) {
    return (
      <>
        {back}
        <h1 className={h1Class}>Влияние версии №{result.version.id}</h1>
        <section aria-labelledby="impact-running" className={`${cardClass} space-y-3`}>
          <h2 id="impact-running" className={h2Class}>
            Считаем
          </h2>
          <ImpactProgress versionId={result.version.id} initial={result.progress} />
        </section>
      </>
    );
  }
  const { report, active, pricedOn, version } = result;
  const name = (await insurerNames(db)).get(version.insurerId) ?? version.insurerId;

  return (
    <>
      {back}
      <h1 className={h1Class}>
        Влияние версии №{version.id} — {name}
      </h1>
      <p className="text-sm text-slate-700">
        {active ? (
          <>
            Сравнение с действующей редакцией{" "}
            <Link href={`/editor/versions/${active.id}`} className={linkClass}>
              №{active.id} (с {ruDate(active.effectiveFrom!)})
            </Link>
            .
          </>
        ) : (
          <>Действующей редакции у страховщика нет: все предложения — новые.</>
        )}{" "}
        Каждый запрос портфеля посчитан обеими редакциями на дату {ruDate(pricedOn)} (возраст машин сохранён).
      </p>
      <section aria-labelledby="impact-summary" className={`${cardClass} space-y-3`}>
        <h2 id="impact-summary" className={h2Class}>
          Итоги
        </h2>
        <ImpactSummary report={report} />
        <p className="text-sm text-slate-600">
          Сумма премий: {formatRub(report.premiumTotalBefore, "ru")} → {formatRub(report.premiumTotalAfter, "ru")}. Предложений было {report.quotedBefore}, станет {report.quotedAfter}.
        </p>
      </section>
      <section aria-labelledby="impact-histogram" className={`${cardClass} space-y-3`}>
        <h2 id="impact-histogram" className={h2Class}>
          Распределение изменений
        </h2>
        <ImpactHistogram bins={report.bins} />
      </section>
      <section aria-labelledby="impact-movers" className={`${cardClass} space-y-3`}>
        <h2 id="impact-movers" className={h2Class}>
          Сильнее всего изменились
        </h2>
        {report.topMovers.length === 0 ? (
          <p className="text-sm text-slate-600">Нет запросов, посчитанных обеими редакциями.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Запрос</th>
                  <th scope="col" className={`${thClass} text-right`}>Было</th>
                  <th scope="col" className={`${thClass} text-right`}>Стало</th>
                  <th scope="col" className={`${thClass} text-right`}>Изменение</th>
                  <th scope="col" className={thClass}>Открыть</th>
                </tr>
              </thead>
              <tbody>
                {report.topMovers.map((m) => (
                  <tr key={m.index}>
                    <td className={tdClass}>№{m.index + 1}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{formatRub(m.before, "ru")}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{formatRub(m.after, "ru")}</td>
                    <td className={`${tdClass} text-right font-semibold tabular-nums`}>{formatPercent(m.changePercent)}</td>
                    <td className={tdClass}>
                      <a href={`/?${m.calculatorQuery}`} className={linkClass}>
                        в калькуляторе<span className="sr-only"> (запрос №{m.index + 1})</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-xs text-slate-500">Калькулятор считает по опубликованным редакциям: черновик в нём не виден, зато видно, как запрос посчитан сейчас.</p>
      </section>
      <section aria-labelledby="impact-declines" className={`${cardClass} space-y-3`}>
        <h2 id="impact-declines" className={h2Class}>
          Отказ ↔ предложение
        </h2>
        {report.declineChanges.length === 0 ? (
          <p className="text-sm text-slate-600">Ни один запрос не перешёл из отказа в предложение или обратно.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Запрос</th>
                  <th scope="col" className={thClass}>Что изменилось</th>
                  <th scope="col" className={`${thClass} text-right`}>Премия</th>
                  <th scope="col" className={thClass}>Причины отказа</th>
                  <th scope="col" className={thClass}>Открыть</th>
                </tr>
              </thead>
              <tbody>
                {report.declineChanges.slice(0, 100).map((c) => (
                  <tr key={c.index}>
                    <td className={tdClass}>№{c.index + 1}</td>
                    <td className={`${tdClass} ${c.direction === "newly-declined" ? "font-semibold text-red-800" : "text-emerald-800"}`}>{c.direction === "newly-declined" ? "был расчёт — станет отказ" : "был отказ — станет расчёт"}</td>
                    <td className={`${tdClass} text-right tabular-nums`}>{formatRub(c.premium, "ru")}</td>
                    <td className={tdClass}>
                      <code className="font-mono text-xs">{c.reasons.join(", ") || "—"}</code>
                    </td>
                    <td className={tdClass}>
                      <a href={`/?${c.calculatorQuery}`} className={linkClass}>
                        в калькуляторе<span className="sr-only"> (запрос №{c.index + 1})</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {report.declineChanges.length > 100 ? <p className="text-sm text-slate-600">Показаны первые 100 из {report.declineChanges.length}.</p> : null}
          </div>
        )}
      </section>
    </>
  );
}
