import Link from "next/link";
import { getLocale } from "next-intl/server";
import { translations } from "@/app/_lib/translations.server";
import { setLocale } from "@/i18n/set-locale";

/** Site name, navigation and the language switch (a plain form: works without JavaScript). */
export async function SiteHeader() {
  const t = await translations("Common");
  const locale = await getLocale();
  const other = locale === "ru" ? "en" : "ru";
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          {t("siteName")}
        </Link>
        <nav aria-label={t("navCalculator")} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <Link href="/" className="nav-link">{t("navCalculator")}</Link>
          <Link href="/check" className="nav-link">{t("navCheck")}</Link>
          <Link href="/guide" className="nav-link">{t("navGuide")}</Link>
          <a href="/api/v1/openapi.json" className="nav-link">{t("navApi")}</a>
          <Link href="/editor" className="nav-link">{t("navEditor")}</Link>
          <Link href="/login" className="nav-link">{t("navLogin")}</Link>
          <form action={setLocale}>
            <input type="hidden" name="locale" value={other} />
            <button type="submit" lang={other} className="rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100">
              {other === "en" ? "English" : "Русский"}
            </button>
          </form>
        </nav>
      </div>
    </header>
  );
}
