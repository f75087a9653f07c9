import Link from "next/link";
import { requireUser } from "@/app/_lib/session.server";
import { MODEL_FORM_FIELDS, type ModelFormValues } from "@/lib/catalog/model-form";
import { catalogFormProps } from "../../../_lib/catalog-labels.server";
import { CatalogModelForm } from "../../../_components/catalog-model-form";
import { cardClass, h1Class, linkClass } from "../../../_components/styles";

const EMPTY = Object.fromEntries(MODEL_FORM_FIELDS.map((f) => [f, ""])) as ModelFormValues;

/** A new model for the catalog (`?make=` fills in the make, as the make's page links here). */
export default async function NewCatalogModelPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/editor/catalog/new");
  const make = (await searchParams).make;
  const { t, lang, labels, choices } = await catalogFormProps("new");
  return (
    <div lang={lang} className="space-y-4">
      <Link href="/editor/catalog" className={linkClass}>
        {t("back")}
      </Link>
      <h1 className={h1Class}>{t("newTitle")}</h1>
      <section className={cardClass} aria-label={t("newTitle")}>
        <CatalogModelForm mode="new" initial={{ ...EMPTY, make: typeof make === "string" ? make.slice(0, 60) : "" }} labels={labels} choices={choices} />
      </section>
    </div>
  );
}
