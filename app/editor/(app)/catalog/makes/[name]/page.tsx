import Link from "next/link";
import { notFound } from "next/navigation";
import { makeToFormValues } from "@/lib/catalog/make-form";
import { getMakeEntry } from "@/lib/db/catalog-makes.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { requireUser } from "@/app/_lib/session.server";
import { makeFormProps } from "../../../../_lib/make-labels.server";
import { CatalogMakeForm, RemoveMakeForm } from "../../../../_components/catalog-make-form";
import { buttonClass, cardClass, h1Class, h2Class, linkClass } from "../../../../_components/styles";

type Params = { name: string };
type SearchParams = Record<string, string | string[] | undefined>;

/** One make: change its names and spellings (the catalog name stays), see its models, add one, or remove the make. */
export default async function CatalogMakePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<SearchParams> }) {
  const [{ name: raw }, query] = await Promise.all([params, searchParams]);
  await requireUser(`/editor/catalog/makes/${raw}`);
  let name: string;
  try {
    name = decodeURIComponent(raw).slice(0, 100);
  } catch {
    notFound();
  }
  const { db } = await getReadyDatabase();
  const entry = await getMakeEntry(db, name);
  if (!entry) notFound();
  const { t, lang, labels } = await makeFormProps("edit");
  const shown = entry.make.names[lang];
  const done = query.done === "added" ? t("done_added", { name: shown }) : query.done === "saved" ? t("done_saved") : null;
  return (
    <div lang={lang} className="space-y-4">
      <Link href="/editor/catalog/makes" className={linkClass}>
        {t("back")}
      </Link>
      <h1 className={h1Class}>{t("editTitle", { name: shown })}</h1>
      {done ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          {done}
        </p>
      ) : null}
      <section className={cardClass} aria-label={t("editTitle", { name: shown })}>
        <CatalogMakeForm key={entry.revision} mode="edit" initial={makeToFormValues(entry.make)} revision={entry.revision} labels={labels} />
      </section>
      <section className={`${cardClass} space-y-3`} aria-labelledby="make-models">
        <h2 id="make-models" className={h2Class}>
          {t("modelsTitle")}
        </h2>
        {entry.models.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noModels")}</p>
        ) : (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {entry.models.map((id) => (
              <li key={id}>
                <Link href={`/editor/catalog/${id}`} className={linkClass}>
                  {id}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link href={`/editor/catalog/new?make=${encodeURIComponent(entry.make.name)}`} className={buttonClass}>
          {t("addModel")}
        </Link>
      </section>
      <section className={`${cardClass} space-y-3`} aria-labelledby="make-remove">
        <h2 id="make-remove" className={h2Class}>
          {t("removeTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("removeText")}</p>
        <RemoveMakeForm name={entry.make.name} revision={entry.revision} labels={{ confirm: t("removeConfirm"), submit: t("remove"), pending: t("removing") }} />
      </section>
    </div>
  );
}
