import type { Metadata } from "next";
import Link from "next/link";
import { guideArticles } from "@/lib/guide/articles";
import { BackToCalculator } from "./_components/back-to-calculator";
import { Breadcrumbs } from "./_components/breadcrumbs";
import { getGuideLocale, guideLabels } from "./_components/labels";
import { typeset } from "./_components/inline-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = guideLabels[await getGuideLocale()];
  return { title: t.indexTitle, description: t.indexIntro };
}

export default async function GuideIndexPage() {
  const locale = await getGuideLocale();
  const t = guideLabels[locale];
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.calculator, href: "/" }, { label: t.guide }]} />

      <header className="mt-6 space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-brand-900 sm:text-4xl">{t.indexTitle}</h1>
        <p className="text-lg leading-7 text-slate-700">{typeset(t.indexIntro)}</p>
      </header>

      <p role="note" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm leading-6 text-amber-900">
        <strong>{t.demoTariffsLead}</strong> {typeset(t.demoTariffs)}
      </p>

      <p className="mt-6">
        <Link href="/check" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900">
          {t.checkPolicy}
        </Link>
      </p>

      <section aria-label={t.articles} className="mt-10">
        <ol className="grid gap-4">
          {guideArticles.map((article, index) => (
            <li
              key={article.slug}
              className="relative flex gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 has-[a:focus-visible]:border-brand-600 sm:p-5"
            >
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700"
              >
                {index + 1}
              </span>
              <div className="min-w-0 space-y-1">
                <h2 className="text-lg leading-snug font-semibold text-brand-900">
                  <Link
                    href={`/guide/${article.slug}`}
                    className="rounded-sm underline-offset-4 after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:underline focus-visible:underline"
                  >
                    {typeset(article.title[locale])}
                  </Link>
                </h2>
                <p className="leading-6 text-slate-700">{typeset(article.summary[locale])}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <div className="mt-10">
        <BackToCalculator label={t.backToCalculator} />
      </div>
    </main>
  );
}
