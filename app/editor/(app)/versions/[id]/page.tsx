import Link from "next/link";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hasRole } from "@/lib/auth/users.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { diffRateBooks, summarizeDiff } from "@/lib/editor/diff-rate-books";
import { factorTables } from "@/lib/editor/actions/export.server";
import { versionImpact } from "@/lib/editor/actions/impact.server";
import { parseId } from "@/lib/editor/actions/parse-input";
import { requireUser } from "@/app/_lib/session.server";
import { discardDraftAction, saveDraftAction } from "../../../_actions/versions";
import { DiffSummary } from "../../../_components/diff-view";
import { formatDateTime, ruDate } from "../../../_components/format";
import { ImpactSummary } from "../../../_components/impact-view";
import { ImportCsvForm } from "../../../_components/import-csv-form";
import { IssueList } from "../../../_components/issue-list";
import { Notice } from "../../../_components/notice";
import { PublishForm } from "../../../_components/publish-form";
import { RateBookEditor } from "../../../_components/rate-book-editor";
import { StatusBadge } from "../../../_components/status-badge";
import { buttonClass, cardClass, dangerButtonClass, h1Class, h2Class, linkClass } from "../../../_components/styles";
import { insurerNames, userNames, versionsView } from "../../../_lib/data.server";
import { rateBookGridTexts } from "../../../_lib/grid-texts.server";

type SearchParams = Record<string, string | string[] | undefined>;

function Meta({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}

/** One version: what it is, the tables (editable in a draft), and what can be done with it. */
export default async function VersionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id: rawId } = await params;
  const query = await searchParams;
  const user = await requireUser(`/editor/versions/${rawId}`);
  const id = parseId(rawId);
  if (id === null) notFound();
  const { db } = await getReadyDatabase();
  const now = new Date();
  const [view, names, insurers] = await Promise.all([versionsView(db, now), userNames(db), insurerNames(db)]);
  const version = view.versions.find((v) => v.id === id);
  if (!version) notFound();

  const state = view.states.get(version.id)!;
  const isDraft = version.status === "draft";
  const canEdit = isDraft && hasRole(user, "editor");
  const isAdmin = hasRole(user, "admin");
  const active = view.activeByInsurer.get(version.insurerId);
  const base = version.basedOnId === null ? undefined : view.versions.find((v) => v.id === version.basedOnId);
  const scheduled = view.versions.filter((v) => v.insurerId === version.insurerId && view.states.get(v.id) === "scheduled");
  const tables = factorTables(version.body);
  const who = (userId: number | null) => (userId === null ? "система" : (names.get(userId) ?? `№${userId}`));
  const insurerName = insurers.get(version.insurerId) ?? version.insurerId;
  const exportBase = `/api/v1/editor/versions/${version.id}/export`;
  const siteCatalog = canEdit ? await getSiteCatalog() : undefined;
  const gridTexts = await rateBookGridTexts();

  // What an admin sees before the publish button: the impact and the number of changes.
  const impact = isDraft && isAdmin ? await versionImpact(db, user, { id: version.id }, now) : null;
  // The body's id and date are set at publication: not changes anyone made.
  const publishDiff = isDraft && isAdmin ? diffRateBooks(active?.body ?? {}, version.body).filter((c) => !(c.area === "general" && (c.field === "id" || c.field === "effectiveFrom"))) : null;
  const defaultDate = version.effectiveFrom && version.effectiveFrom > view.today ? version.effectiveFrom : view.today;

  return (
    <>
      <Link href="/editor" className={linkClass}>
        ← все тарифы
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className={h1Class}>
          {insurerName} — версия №{version.id}
        </h1>
        <StatusBadge state={state} />
      </div>
      <Notice done={query.done} error={query.error} />
      {isDraft && base && active && base.id !== active.id ? (
        <p role="note" className="rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <strong>Внимание:</strong> черновик сделан из версии №{base.id}, а сейчас действует №{active.id}. Всё, что есть в действующей и нет в этом черновике, после публикации пропадёт —{" "}
          <Link href={`/editor/diff?from=${active.id}&to=${version.id}`} className={linkClass}>
            сравните с действующей
          </Link>
          .
        </p>
      ) : null}

      <section aria-labelledby="meta-heading" className={`${cardClass} space-y-4`}>
        <h2 id="meta-heading" className="sr-only">
          Сведения о версии
        </h2>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <Meta term="Страховщик">
            {insurerName} ({version.insurerId})
          </Meta>
          <Meta term={version.status === "published" ? "Действует с" : "Предполагаемая дата"}>{version.effectiveFrom ? ruDate(version.effectiveFrom) : "не указана"}</Meta>
          <Meta term="Основана на">
            {base ? (
              <Link href={`/editor/versions/${base.id}`} className={linkClass}>
                №{base.id}
              </Link>
            ) : (
              "—"
            )}
          </Meta>
          <Meta term="Создал">
            {who(version.createdBy)}, {formatDateTime(version.createdAt)}
          </Meta>
          <Meta term="Последнее изменение">
            {who(version.updatedBy)}, {formatDateTime(version.updatedAt)} (редакция {version.revision})
          </Meta>
          <Meta term="Опубликовал">{version.publishedAt ? `${who(version.publishedBy)}, ${formatDateTime(version.publishedAt)}` : "—"}</Meta>
          <Meta term="Примечание">{version.note || "—"}</Meta>
        </dl>
        <nav aria-label="Сравнение и влияние" className="flex flex-wrap gap-2">
          {base ? (
            <Link href={`/editor/diff?from=${base.id}&to=${version.id}`} className={buttonClass}>
              Сравнить с основой (№{base.id})
            </Link>
          ) : null}
          {active && active.id !== version.id ? (
            <Link href={`/editor/diff?from=${active.id}&to=${version.id}`} className={buttonClass}>
              Сравнить с действующей (№{active.id})
            </Link>
          ) : null}
          <Link href={`/editor/versions/${version.id}/impact`} className={buttonClass}>
            Влияние на портфель
          </Link>
          <a href={`${exportBase}?format=json`} className={buttonClass} download>
            Скачать JSON
          </a>
        </nav>
        {tables.length > 0 ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-700">Скачать таблицу коэффициентов в CSV ({tables.length})</summary>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {tables.map((t) => (
                <li key={t.id}>
                  <a href={`${exportBase}?format=csv&table=${encodeURIComponent(t.id)}`} className={linkClass} download>
                    {t.label?.ru ?? t.id}
                  </a>{" "}
                  <span className="text-slate-500">({t.id}.csv)</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="tables-heading" className="space-y-3">
        <h2 id="tables-heading" className={h2Class}>
          {canEdit ? "Тариф (черновик — можно править)" : "Тариф (только просмотр)"}
        </h2>
        <RateBookEditor key={`${version.id}:${version.revision}:${version.status}`} versionId={version.id} revision={version.revision} initialBody={version.body} readOnly={!canEdit} save={saveDraftAction} modelIds={siteCatalog ? [...siteCatalog.models.keys()] : undefined} regionCodes={siteCatalog ? [...siteCatalog.regions.keys()] : undefined} gridTexts={gridTexts} />
      </section>

      {canEdit ? (
        <section aria-labelledby="csv-heading" className={`${cardClass} space-y-3`}>
          <h2 id="csv-heading" className={h2Class}>
            Загрузить таблицу из CSV
          </h2>
          <ImportCsvForm versionId={version.id} revision={version.revision} tables={tables.map((t) => ({ id: t.id, label: t.label?.ru ?? t.id, columns: [...t.keys, "value", "note"].join(", ") }))} />
        </section>
      ) : null}

      {isDraft ? (
        <section aria-labelledby="publish-heading" className={`${cardClass} space-y-4 border-red-200`}>
          <h2 id="publish-heading" className={h2Class}>
            Публикация
          </h2>
          {!isAdmin ? (
            <p className="text-sm text-slate-700">Опубликовать черновик может администратор. Сообщите ему номер версии: №{version.id}.</p>
          ) : (
            <>
              <div className="space-y-2">
                <h3 className="font-semibold">Изменения относительно действующей редакции{active ? ` (№${active.id})` : ""}</h3>
                {publishDiff ? <DiffSummary summary={summarizeDiff(publishDiff)} /> : null}
                {active ? (
                  <Link href={`/editor/diff?from=${active.id}&to=${version.id}`} className={linkClass}>
                    Посмотреть все изменения
                  </Link>
                ) : (
                  <p className="text-sm text-slate-700">Действующей редакции нет: это будет первая.</p>
                )}
              </div>
              <div className="space-y-2">
                <h3 className="font-semibold">Влияние на портфель (редакция черновика {version.revision})</h3>
                {impact?.ok ? <ImpactSummary report={impact.report} /> : impact ? <IssueList message={impact.message} issues={impact.issues} /> : null}
                <Link href={`/editor/versions/${version.id}/impact`} className={linkClass}>
                  Подробно: распределение и запросы
                </Link>
              </div>
              {scheduled.length > 0 ? (
                <p className="text-sm text-slate-700">
                  Уже запланированы: {scheduled.map((s) => `№${s.id} с ${ruDate(s.effectiveFrom!)}`).join(", ")}. С их даты будут действовать они.
                </p>
              ) : null}
              <PublishForm mode="publish" versionId={version.id} revision={version.revision} defaultDate={defaultDate} today={view.today} />
            </>
          )}
        </section>
      ) : null}

      {version.status === "published" && isAdmin ? (
        <section aria-labelledby="republish-heading" className={`${cardClass} space-y-3`}>
          <h2 id="republish-heading" className={h2Class}>
            Опубликовать эту редакцию заново (откат)
          </h2>
          <p className="text-sm text-slate-700">История не переписывается: создаётся новая опубликованная версия — копия этой — с указанной даты.</p>
          <PublishForm mode="republish" versionId={version.id} defaultDate={view.today} today={view.today} />
        </section>
      ) : null}

      {canEdit ? (
        <section aria-labelledby="discard-heading" className={`${cardClass} space-y-3`}>
          <h2 id="discard-heading" className={h2Class}>
            Отменить черновик
          </h2>
          <form action={discardDraftAction} className="space-y-3">
            <input type="hidden" name="id" value={version.id} />
            <div className="flex items-start gap-2">
              <input id="discard-confirm" name="confirm" value="yes" type="checkbox" required className="mt-1 size-4" />
              <label htmlFor="discard-confirm" className="text-sm text-slate-800">
                Отменить черновик №{version.id}. Его нельзя будет править или опубликовать; он останется в истории.
              </label>
            </div>
            <button type="submit" className={dangerButtonClass}>
              Отменить черновик
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
