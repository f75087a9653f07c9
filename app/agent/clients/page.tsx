import Link from "next/link";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { listClients } from "@/lib/agent/clients.server";
import { formatDate, type UiLocale } from "@/lib/format/money";
import { todayIso } from "@/lib/clock";
import { buttonClass, h1Class, inputClass, linkClass, primaryButtonClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { agentPage, refuse } from "../_lib/page-access.server";
import { searchClientsAction } from "../_actions/client-search";
import { CLIENT_SEARCH_COOKIE, MAX_CLIENT_SEARCH } from "../_actions/client-search-cookie";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The agent's clients (a head: the agency's), newest first, with search by name or phone and paging.
 * The search text is personal data: it is kept in a cookie (../_actions/client-search.ts), not the URL.
 */
export default async function ClientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { db, user } = await agentPage("/agent/clients");
  const q = ((await cookies()).get(CLIENT_SEARCH_COOKIE)?.value ?? "").slice(0, MAX_CLIENT_SEARCH);
  const result = await listClients(db, user, { q, page: params.page });
  if (!result.ok) refuse(result, "/agent/clients");
  const [t, locale] = await Promise.all([getTranslations("Agent"), getLocale()]);
  const pageLink = (page: number) => `/agent/clients?page=${page}`;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className={h1Class}>{t("clients")}</h1>
        <Link href="/agent/clients/new" className={primaryButtonClass}>
          {t("newClient")}
        </Link>
      </div>
      <form role="search" action={searchClientsAction} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow space-y-1">
          <label htmlFor="client-search" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <input key={result.q} id="client-search" name="q" type="search" maxLength={MAX_CLIENT_SEARCH} defaultValue={result.q} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>
          {t("searchButton")}
        </button>
        {result.q ? (
          <button type="submit" name="clear" value="1" formNoValidate className={buttonClass}>
            {t("reset")}
          </button>
        ) : null}
      </form>
      <p className="text-sm text-slate-600" role="status">
        {t("total", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <p className="text-slate-700">{result.q ? t("nothingFound", { q: result.q }) : t("nobody")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className={tableClass}>
            <caption className="sr-only">{t("listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("name")}</th>
                <th scope="col" className={thClass}>{t("phone")}</th>
                <th scope="col" className={thClass}>{t("email")}</th>
                <th scope="col" className={thClass}>{t("agent")}</th>
                <th scope="col" className={thClass}>{t("created")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((c) => (
                <tr key={c.id}>
                  <td className={tdClass}>
                    <Link href={`/agent/clients/${c.id}`} className={linkClass}>
                      {c.erasedAt ? t("erasedName") : c.name}
                    </Link>
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{c.phone ?? "—"}</td>
                  <td className={tdClass}>{c.email ?? "—"}</td>
                  <td className={tdClass}>{c.agentName}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDate(todayIso(c.createdAt), locale as UiLocale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.pages > 1 ? (
        <nav aria-label={t("page", { page: result.page, pages: result.pages })} className="flex items-center gap-3 text-sm">
          {result.page > 1 ? (
            <Link href={pageLink(result.page - 1)} className={buttonClass} rel="prev">
              {t("prev")}
            </Link>
          ) : null}
          <span>{t("page", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? (
            <Link href={pageLink(result.page + 1)} className={buttonClass} rel="next">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
