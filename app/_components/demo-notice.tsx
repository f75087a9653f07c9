import { translations } from "@/app/_lib/translations.server";

/** The plain statement every page that shows prices carries: these tariffs are demonstration values. */
export async function DemoNotice() {
  const t = await translations("Common");
  return (
    <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <strong>{t("demoTitle")}</strong> {t("demoText")}
    </p>
  );
}
