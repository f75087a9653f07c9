import Link from "next/link";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { RateBookVersion } from "@/lib/db/schema";
import { requireUser } from "@/app/_lib/session.server";
import { createDraftAction } from "../_actions/versions";
import { formatDateTime, ruDate } from "../_components/format";
import { ImportJsonForm } from "../_components/import-json-form";
import { Notice } from "../_components/notice";
import { StatusBadge } from "../_components/status-badge";
import { buttonClass, cardClass, h1Class, h2Class, linkClass, tableClass, tdClass, thClass } from "../_components/styles";
import { insurerNames, userNames, versionsView, type VersionsView } from "../_lib/data.server";

type SearchParams = Record<string, string | string[] | undefined>;

function VersionRow({ v, view, names, insurerId }: { v: RateBookVersion; view: VersionsView; names: Map<number, string>; insurerId: string }) {
  const state = view.states.get(v.id)!;
  const active = view.activeByInsurer.get(insurerId);
  const who = (id: number | null) => (id === null ? "система" : (names.get(id) ?? `№${id}`));
  return (
    <tr>
      <td className={tdClass}>
        <Link href={`/editor/versions/${v.id}`} className={linkClass}>
          №{v.id}
        </Link>
      </td>
      <td className={tdClass}>
        <StatusBadge state={state} />
      </td>
      <td className={`${tdClass} whitespace-nowrap`}>{v.effectiveFrom ? (v.status === "published" ? ruDate(v.effectiveFrom) : `(для ${ruDate(v.effectiveFrom)})`) : "—"}</td>
      <td className={`${tdClass} max-w-xs`}>{v.note || "—"}</td>
      <td className={`${tdClass} whitespace-nowrap text-slate-700`}>
        {v.status === "published" ? (
          <>
            опубликовал {who(v.publishedBy)}
            <br />
            {formatDateTime(v.publishedAt)}
          </>
        ) : (
          <>
            изменил {who(v.updatedBy)}
            <br />
            {formatDateTime(v.updatedAt)}
          </>
        )}
      </td>
      <td className={tdClass}>
        <div className="flex flex-wrap gap-2">
          <Link href={`/editor/versions/${v.id}`} className={buttonClass}>
            Открыть
          </Link>
          <form action={createDraftAction}>
            <input type="hidden" name="fromVersionId" value={v.id} />
            <button type="submit" className={buttonClass}>
              Создать черновик
            </button>
          </form>
          {active && active.id !== v.id ? (
            <Link href={`/editor/diff?from=${active.id}&to=${v.id}`} className={buttonClass}>
              Сравнить с действующим
            </Link>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

function VersionTable({ caption, versions, view, names, insurerId }: { caption: string; versions: RateBookVersion[]; view: VersionsView; names: Map<number, string>; insurerId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Версия</th>
            <th scope="col" className={thClass}>Статус</th>
            <th scope="col" className={thClass}>Действует с</th>
            <th scope="col" className={thClass}>Примечание</th>
            <th scope="col" className={thClass}>Кто и когда</th>
            <th scope="col" className={thClass}>Действия</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <VersionRow key={v.id} v={v} view={view} names={names} insurerId={insurerId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every insurer with its versions (drafts first, then editions newest first); the JSON import. */
export default async function EditorHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser("/editor");
  const params = await searchParams;
  const { db } = await getReadyDatabase();
  const [view, names, insurers] = await Promise.all([versionsView(db), userNames(db), insurerNames(db)]);
  const byInsurer = new Map<string, RateBookVersion[]>();
  for (const v of view.versions) byInsurer.set(v.insurerId, [...(byInsurer.get(v.insurerId) ?? []), v]);
  const insurerIds = [...new Set([...insurers.keys(), ...byInsurer.keys()])];

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className={h1Class}>Тарифы страховщиков</h1>
          <p className="text-sm text-slate-600">Сегодня {ruDate(view.today)}. Опубликованные редакции не меняются: правки делаются в черновике и публикуются с даты.</p>
        </div>
      </div>
      <Notice done={params.done} error={params.error} />
      <section aria-labelledby="import-heading" className={cardClass}>
        <h2 id="import-heading" className={h2Class}>
          Импорт тарифа из файла
        </h2>
        <div className="mt-3">
          <ImportJsonForm />
        </div>
      </section>
      {insurerIds.map((insurerId) => {
        const versions = byInsurer.get(insurerId) ?? [];
        const name = insurers.get(insurerId) ?? insurerId;
        const live = versions.filter((v) => v.status !== "discarded");
        const discarded = versions.filter((v) => v.status === "discarded");
        return (
          <section key={insurerId} aria-labelledby={`insurer-${insurerId}`} className={cardClass}>
            <h2 id={`insurer-${insurerId}`} className={h2Class}>
              {name} <span className="text-sm font-normal text-slate-500">({insurerId})</span>
            </h2>
            <div className="mt-3 space-y-3">
              {live.length > 0 ? <VersionTable caption={`Версии тарифа: ${name}`} versions={live} view={view} names={names} insurerId={insurerId} /> : <p className="text-sm text-slate-600">Версий нет.</p>}
              {discarded.length > 0 ? (
                <details>
                  <summary className="cursor-pointer text-sm text-slate-700">Отменённые черновики ({discarded.length})</summary>
                  <VersionTable caption={`Отменённые черновики: ${name}`} versions={discarded} view={view} names={names} insurerId={insurerId} />
                </details>
              ) : null}
            </div>
          </section>
        );
      })}
    </>
  );
}
