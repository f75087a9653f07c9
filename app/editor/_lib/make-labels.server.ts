// Server-only: the make form's labels, in the page's language.
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { MakeFormLabels } from "../_components/catalog-make-form";

export async function makeFormProps(mode: "new" | "edit") {
  const [t, locale] = await Promise.all([getTranslations("MakeEditor"), getLocale()]);
  const lang = locale === "en" ? "en" : "ru";
  const labels: MakeFormLabels = {
    fields: { name: t("fieldName"), namesRu: t("fieldNamesRu"), namesEn: t("fieldNamesEn"), spellings: t("fieldSpellings") },
    hints: { name: t("hintName"), namesRu: t("hintNamesRu"), spellings: t("hintSpellings") },
    submit: mode === "new" ? t("create") : t("save"),
    pending: t("saving"),
  };
  return { t, lang, labels } as const;
}
