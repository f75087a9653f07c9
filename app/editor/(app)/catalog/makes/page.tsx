import Link from "next/link";
import { isRemovedMake, listMakeEntries } from "@/lib/db/catalog-makes.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { requireUser } from "@/app/_lib/session.server";
import { makeFormProps } from "../../../_lib/make-labels.server";
import { h1Class, linkClass, primaryButtonClass, tableClass, tdClass, thClass } from "../../../_components/styles";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The catalog's makes: names in both languages, spellings, how many models; add one; open one to change or remove it. */
export default async function CatalogMakesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser("/editor/catalog/makes");
  const [query, { t, lang }] = await Promise.all([searchParams, makeFormProps("new")]);
  const { db } = await getReadyDatabase();
  const entries = await listMakeEntries(db);
  // Only a make that was there and is removed now is confirmed (a link cannot put other words on the page).
  const removedName = one(query.name).slice(0, 60);
  const removed = one(query.done) === "removed" && removedName !== "" && (await isRemovedMake(db, removedName)) ? removedName : "";
  return (
    <div lang={lang} className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className={h1Class}>{t("title")}</h1>
        <Link href="/editor/catalog/makes/new" className={primaryButtonClass}>
          {t("add")}
        </Link>
      </div>
      {removed ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          {t("done_removed", { name: removed })}
        </p>
      ) : null}
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <p>
        <Link href="/editor/catalog" className={linkClass}>
          {t("toModels")}
        </Link>
      </p>
      <p className="text-sm text-slate-600">{t("count", { count: entries.length })}</p>
      <div role="region" aria-label={t("caption")} tabIndex={0} className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t("colName")}</th>
              <th scope="col" className={thClass}>{t("colRu")}</th>
              <th scope="col" className={thClass}>{t("colSpellings")}</th>
              <th scope="col" className={thClass}>{t("colModels")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.make.name} data-testid="make-row">
                <th scope="row" className={`${tdClass} font-normal`}>
                  <Link href={`/editor/catalog/makes/${encodeURIComponent(e.make.name)}`} className={linkClass}>
                    {e.make.names.en === e.make.name ? e.make.name : `${e.make.name} (${e.make.names.en})`}
                  </Link>
                </th>
                <td className={tdClass}>{e.make.names.ru}</td>
                <td className={`${tdClass} text-xs text-slate-600`}>{e.make.spellings.join(", ")}</td>
                <td className={`${tdClass} tabular-nums`}>{e.models.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
