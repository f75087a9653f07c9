import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { translations } from "@/app/_lib/translations.server";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translations("Common");
  return { title: `${t("siteName")} — ${t("tagline")}`, description: t("tagline") };
}

// No NextIntlClientProvider: the client components get their strings already formatted from
// server components (the calculator's from its layout), so the browser loads no message runtime.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await translations("Common");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <div id="main">{children}</div>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-500 print:hidden">{t("footer")}</footer>
      </body>
    </html>
  );
}
