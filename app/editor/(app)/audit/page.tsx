import Link from "next/link";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { auditPage } from "@/lib/editor/actions/audit.server";
import { requireUser } from "@/app/_lib/session.server";
import { formatDateTime } from "../../_components/format";
import { IssueList } from "../../_components/issue-list";
import { buttonClass, h1Class, linkClass, tableClass, tdClass, thClass } from "../../_components/styles";

type SearchParams = Record<string, string | string[] | undefined>;

const ACTION_LABEL: Record<string, string> = {
  "version.import": "загружена из data/",
  "draft.create": "создан черновик",
  "draft.save": "черновик сохранён",
  "draft.discard": "черновик отменён",
  "draft.import": "импорт тарифа (JSON)",
  "draft.import_csv": "таблица загружена из CSV",
  "version.publish": "опубликована",
  "version.republish": "опубликована заново (откат)",
  "insurer.create": "добавлен страховщик",
  "user.create": "создан пользователь",
  "user.disable": "пользователь отключён",
  "user.enable": "пользователь включён",
  "login.success": "вход",
  "login.failure": "неудачный вход",
  "commission.set": "задана комиссия агентства",
  "discount.set": "агент изменил скидку",
  "offer.create": "сделано коммерческое предложение",
  "offer.open": "клиент открыл предложение",
  "offer.revoke": "ссылка на предложение отозвана",
  "catalog.import": "модели загружены в каталог из data/",
  "catalog.add": "модель добавлена в каталог",
  "catalog.edit": "модель в каталоге изменена",
  "catalog.remove": "модель убрана из каталога",
  "catalog.restore": "модель возвращена в каталог",
  "catalog.make.import": "марки загружены в каталог из data/",
  "catalog.make.add": "марка добавлена в каталог",
  "catalog.make.edit": "марка в каталоге изменена",
  "catalog.make.remove": "марка убрана из каталога",
  "catalog.make.restore": "марка возвращена в каталог",
};

function Details({ details }: { details: unknown }) {
  if (!details || typeof details !== "object" || Object.keys(details).length === 0) return <>—</>;
  return (
    <ul className="space-y-0.5">
      {Object.entries(details as Record<string, unknown>).map(([k, v]) => (
        <li key={k}>
          <span className="text-slate-500">{k}:</span> <span className="font-mono text-xs">{typeof v === "string" ? v : JSON.stringify(v)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Who did what, when, to which version: newest first, 50 to a page. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await requireUser("/editor/audit");
  const { db } = await getReadyDatabase();
  const result = await auditPage(db, user, { page: params.page ?? "1" });
  if (!result.ok) return <IssueList message={result.message} issues={result.issues} />;
  const { rows, page, pages, total } = result;
  const pager = (
    <nav aria-label="Страницы журнала" className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={`/editor/audit?page=${page - 1}`} className={buttonClass} rel="prev">
          ← Новее
        </Link>
      ) : null}
      <span>
        Страница {page} из {pages} (записей: {total})
      </span>
      {page < pages ? (
        <Link href={`/editor/audit?page=${page + 1}`} className={buttonClass} rel="next">
          Старее →
        </Link>
      ) : null}
    </nav>
  );
  return (
    <>
      <h1 className={h1Class}>Журнал действий</h1>
      {pager}
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">Журнал действий, страница {page}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Когда</th>
              <th scope="col" className={thClass}>Кто</th>
              <th scope="col" className={thClass}>Что</th>
              <th scope="col" className={thClass}>Страховщик</th>
              <th scope="col" className={thClass}>Версия</th>
              <th scope="col" className={thClass}>Подробности</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className={`${tdClass} whitespace-nowrap`}>{formatDateTime(r.at)}</td>
                <td className={tdClass}>{r.userName ? <span title={r.userEmail ?? undefined}>{r.userName}</span> : "система"}</td>
                <td className={tdClass}>
                  {ACTION_LABEL[r.action] ?? r.action} <code className="block font-mono text-xs text-slate-500">{r.action}</code>
                </td>
                <td className={tdClass}>{r.insurerId ?? "—"}</td>
                <td className={tdClass}>
                  {r.versionId !== null ? (
                    <Link href={`/editor/versions/${r.versionId}`} className={linkClass}>
                      №{r.versionId}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className={`${tdClass} max-w-md break-words`}>
                  <Details details={r.details} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
    </>
  );
}
