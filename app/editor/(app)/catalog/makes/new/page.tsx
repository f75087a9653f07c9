import Link from "next/link";
import { requireUser } from "@/app/_lib/session.server";
import { MAKE_FORM_FIELDS, type MakeFormValues } from "@/lib/catalog/make-form";
import { makeFormProps } from "../../../../_lib/make-labels.server";
import { CatalogMakeForm } from "../../../../_components/catalog-make-form";
import { cardClass, h1Class, linkClass } from "../../../../_components/styles";

const EMPTY = Object.fromEntries(MAKE_FORM_FIELDS.map((f) => [f, ""])) as MakeFormValues;

/** A new make for the catalog. */
export default async function NewCatalogMakePage() {
  await requireUser("/editor/catalog/makes/new");
  const { t, lang, labels } = await makeFormProps("new");
  return (
    <div lang={lang} className="space-y-4">
      <Link href="/editor/catalog/makes" className={linkClass}>
        {t("back")}
      </Link>
      <h1 className={h1Class}>{t("newTitle")}</h1>
      <section className={cardClass} aria-label={t("newTitle")}>
        <CatalogMakeForm mode="new" initial={EMPTY} labels={labels} />
      </section>
    </div>
  );
}
