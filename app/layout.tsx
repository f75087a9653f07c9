import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Common");
  return { title: `${t("siteName")} — ${t("tagline")}`, description: t("tagline") };
}

/** Namespaces the client components need; the rest of the messages stay on the server. */
const CLIENT_NAMESPACES = ["Form", "Errors", "Results", "Worksheet", "Variables", "WhatIf", "Compare"] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  const t = await getTranslations("Common");
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <div id="main">{children}</div>
          <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-500 print:hidden">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
