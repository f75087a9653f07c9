// Server-only: the catalog form's labels and choices, in the page's language.
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { vehicleCatalog } from "@/lib/catalog";
import { TRANSMISSIONS, VEHICLE_BODIES } from "@/lib/catalog/schema";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import type { ModelFormLabels } from "../_components/catalog-model-form";

export async function catalogFormProps(mode: "new" | "edit") {
  const [t, locale, catalog] = await Promise.all([getTranslations("CatalogEditor"), getLocale(), getSiteCatalog()]);
  const lang = locale === "en" ? "en" : "ru";
  const labels: ModelFormLabels = {
    fields: {
      id: t("fieldId"),
      make: t("fieldMake"),
      model: t("fieldModel"),
      namesRu: t("fieldNamesRu"),
      namesEn: t("fieldNamesEn"),
      spellings: t("fieldSpellings"),
      class: t("fieldClass"),
      body: t("fieldBody"),
      transmission: t("fieldTransmission"),
      defaultPowerHp: t("fieldPower"),
      theftRiskGroup: t("fieldTheft"),
      yearFrom: t("fieldYearFrom"),
      yearTo: t("fieldYearTo"),
      listPrice: t("fieldPrice"),
    },
    hints: { id: t("hintId"), make: t("hintMake"), namesRu: t("hintNamesRu"), spellings: t("hintSpellings"), theftRiskGroup: t("hintTheft"), yearTo: t("hintYearTo"), listPrice: t("hintPrice") },
    choose: t("choose"),
    submit: mode === "new" ? t("create") : t("save"),
    pending: t("saving"),
  };
  const choices = {
    class: vehicleCatalog.classes.map((c) => ({ id: c.id, label: c.label[lang] })),
    body: VEHICLE_BODIES.map((b) => ({ id: b, label: t(`body.${b}`) })),
    transmission: TRANSMISSIONS.map((x) => ({ id: x, label: t(`transmission.${x}`) })),
    theftRiskGroup: ["1", "2", "3", "4"].map((g) => ({ id: g, label: g })),
    // The catalog's makes, offered as the make field is typed (a make without an entry is still accepted).
    make: [...catalog.makes.values()].map((m) => ({ id: m.name, label: m.names[lang] })).sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { t, lang, labels, choices } as const;
}
