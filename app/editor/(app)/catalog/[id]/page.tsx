import Link from "next/link";
import { notFound } from "next/navigation";
import { modelToFormValues } from "@/lib/catalog/model-form";
import { getCatalogEntry } from "@/lib/db/catalog.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { requireUser } from "@/app/_lib/session.server";
import { catalogFormProps } from "../../../_lib/catalog-labels.server";
import { CatalogModelForm, RemoveModelForm } from "../../../_components/catalog-model-form";
import { cardClass, h1Class, h2Class, linkClass } from "../../../_components/styles";

type Params = { id: string };
type SearchParams = Record<string, string | string[] | undefined>;

/** One catalog model: change it (the id stays), or remove it from the catalog. */
export default async function CatalogModelPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requireUser(`/editor/catalog/${encodeURIComponent(id)}`);
  const { db } = await getReadyDatabase();
  const entry = await getCatalogEntry(db, decodeURIComponent(id).slice(0, 100));
  if (!entry) notFound();
  const { t, lang, labels, choices } = await catalogFormProps("edit");
  const name = entry.model.names[lang];
  const done = query.done === "added" ? t("done_added", { name }) : query.done === "saved" ? t("done_saved") : null;
  return (
    <div lang={lang} className="space-y-4">
      <Link href="/editor/catalog" className={linkClass}>
        {t("back")}
      </Link>
      <h1 className={h1Class}>{t("editTitle", { name })}</h1>
      {done ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          {done}
        </p>
      ) : null}
      <section className={cardClass} aria-label={t("editTitle", { name })}>
        <CatalogModelForm key={entry.revision} mode="edit" initial={modelToFormValues(entry.model)} revision={entry.revision} labels={labels} choices={choices} />
      </section>
      <section className={`${cardClass} space-y-3`} aria-labelledby="catalog-remove">
        <h2 id="catalog-remove" className={h2Class}>
          {t("removeTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("removeText")}</p>
        <RemoveModelForm modelId={entry.model.id} revision={entry.revision} labels={{ confirm: t("removeConfirm"), submit: t("remove"), pending: t("removing") }} />
      </section>
    </div>
  );
}
