/** The help guide: short articles about KASKO, in Russian and English, in the order the guide lists them. */
import type { GuideArticle } from "./article-types";
import { franchise } from "./articles/franchise";
import { sumInsured } from "./articles/sum-insured";
import { repair } from "./articles/repair";
import { wear } from "./articles/wear";
import { bonusMalus } from "./articles/bonus-malus";
import { afterAccident } from "./articles/after-accident";
import { documents } from "./articles/documents";
import { lowerPrice } from "./articles/lower-price";
import { needKasko } from "./articles/need-kasko";

export type { Block, GuideArticle, GuideLocale, Localized } from "./article-types";

export const guideArticles: readonly GuideArticle[] = [franchise, sumInsured, repair, wear, bonusMalus, afterAccident, documents, lowerPrice, needKasko];

export function findArticle(slug: string): GuideArticle | undefined {
  return guideArticles.find((article) => article.slug === slug);
}
