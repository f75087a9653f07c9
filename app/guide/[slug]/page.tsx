import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findArticle, guideArticles, type GuideArticle } from "@/lib/guide/articles";
import { BackToCalculator } from "../_components/back-to-calculator";
import { Breadcrumbs } from "../_components/breadcrumbs";
import { GuideBlocks } from "../_components/guide-blocks";
import { typeset } from "../_components/inline-text";
import { getGuideLocale, guideLabels, linkClass } from "../_components/labels";

type Props = { params: Promise<{ slug: string }> };

const OTHER_ARTICLES = 4;

/** The articles that follow this one in the guide's order, wrapping round to the start. */
function otherArticles(current: GuideArticle): GuideArticle[] {
  const start = guideArticles.indexOf(current);
  return Array.from({ length: Math.min(OTHER_ARTICLES, guideArticles.length - 1) }, (_, i) => guideArticles[(start + 1 + i) % guideArticles.length]!);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = findArticle((await params).slug);
  if (!article) notFound();
  const locale = await getGuideLocale();
  return { title: article.title[locale], description: article.summary[locale] };
}

export default async function GuideArticlePage({ params }: Props) {
  const article = findArticle((await params).slug);
  if (!article) notFound();
  const locale = await getGuideLocale();
  const t = guideLabels[locale];
  const title = article.title[locale];

  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[{ label: t.calculator, href: "/" }, { label: t.guide, href: "/guide" }, { label: title }]}
      />

      <article className="mt-6">
        <header className="border-b border-slate-200 pb-6">
          <h1 className="text-3xl font-bold tracking-tight text-balance text-brand-900 sm:text-4xl">{typeset(title)}</h1>
          <p className="mt-3 text-lg leading-7 text-slate-600">{typeset(article.summary[locale])}</p>
        </header>
        <div className="mt-8">
          <GuideBlocks blocks={article.body[locale]} noteLabel={t.note} />
        </div>
      </article>

      <section aria-labelledby="other-articles" className="mt-12 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="other-articles" className="text-lg font-semibold text-brand-900">
          {t.otherArticles}
        </h2>
        <ul className="mt-3 space-y-2 leading-6">
          {otherArticles(article).map((other) => (
            <li key={other.slug}>
              <Link href={`/guide/${other.slug}`} className={linkClass}>
                {typeset(other.title[locale])}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">
          <Link href="/guide" className={`${linkClass} font-medium`}>
            {t.allArticles}
          </Link>
        </p>
      </section>

      <div className="mt-8">
        <BackToCalculator label={t.backToCalculator} />
      </div>
    </main>
  );
}
