import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import { vehicleCatalog } from "@/lib/catalog";
import { searchItems } from "@/lib/catalog/search";
import { modelSearchItems } from "@/lib/catalog/search-items";
import { requireUser } from "@/app/_lib/session.server";
import { formatRub } from "@/lib/format/money";
import { catalogFormProps } from "../../_lib/catalog-labels.server";
import { buttonClass, h1Class, inputClass, linkClass, primaryButtonClass, tableClass, tdClass, thClass } from "../../_components/styles";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The vehicle catalog: every model, found with the calculator's own matching; add one; open one to change or remove it. */
export default async function CatalogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser("/editor/catalog");
  const [query, catalog, { t, lang }, tm] = await Promise.all([searchParams, getSiteCatalog(), catalogFormProps("new"), getTranslations("MakeEditor")]);
  const q = one(query.q).slice(0, 80);
  const all = [...catalog.models.values()];
  const shown = q.trim() === "" ? all : searchItems(modelSearchItems(all, catalog.makes), q, all.length).map((item) => catalog.models.get(item.id)!);
  const classLabel = new Map(vehicleCatalog.classes.map((c) => [c.id, c.label[lang]]));
  // Only a model id can come back from the removal (a link cannot put other words on the page).
  const removedId = one(query.id);
  const removed = one(query.done) === "removed" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(removedId) && removedId.length <= 80 ? removedId : "";
  return (
    <div lang={lang} className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className={h1Class}>{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/editor/catalog/makes" className={buttonClass}>
            {tm("nav")}
          </Link>
          <Link href="/editor/catalog/new" className={primaryButtonClass}>
            {t("add")}
          </Link>
        </div>
      </div>
      {removed ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          {t("done_removed", { id: removed })}
        </p>
      ) : null}
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <form method="get" action="/editor/catalog" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="catalog-q" className="block text-sm font-medium text-slate-800">
            {t("filterLabel")}
          </label>
          <input id="catalog-q" name="q" defaultValue={q} maxLength={80} aria-describedby="catalog-q-hint" className={inputClass} />
          <p id="catalog-q-hint" className="text-xs text-slate-500">
            {t("filterHint")}
          </p>
        </div>
        <button type="submit" className={buttonClass}>
          {t("filterSubmit")}
        </button>
        {q ? (
          <Link href="/editor/catalog" className={linkClass}>
            {t("filterClear")}
          </Link>
        ) : null}
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t("count", { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{t("filterNone")}</p>
      ) : (
        <div role="region" aria-label={t("caption")} tabIndex={0} className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("colModel")}</th>
                <th scope="col" className={thClass}>{t("colId")}</th>
                <th scope="col" className={thClass}>{t("colClass")}</th>
                <th scope="col" className={thClass}>{t("colPower")}</th>
                <th scope="col" className={thClass}>{t("colTheft")}</th>
                <th scope="col" className={thClass}>{t("colYears")}</th>
                <th scope="col" className={thClass}>{t("colPrice")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((m) => (
                <tr key={m.id} data-testid="catalog-row">
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link href={`/editor/catalog/${m.id}`} className={linkClass}>
                      {m.names[lang]}
                    </Link>
                  </th>
                  <td className={`${tdClass} font-mono text-xs`}>{m.id}</td>
                  <td className={tdClass}>{classLabel.get(m.class) ?? m.class}</td>
                  <td className={`${tdClass} tabular-nums`}>{m.defaultPowerHp}</td>
                  <td className={`${tdClass} tabular-nums`}>{m.theftRiskGroup}</td>
                  <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{m.yearTo === undefined ? t("yearsOpen", { from: m.yearFrom }) : `${m.yearFrom}–${m.yearTo}`}</td>
                  <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{m.listPrice ? formatRub(m.listPrice, lang, { whole: true }) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
