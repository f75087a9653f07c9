import { getLocale } from "next-intl/server";
import type { GuideLocale } from "@/lib/guide/articles";

/** Interface strings of the guide pages (the article texts live in lib/guide/articles/, one file per article). */
export const guideLabels = {
  ru: {
    calculator: "Калькулятор",
    guide: "Справка",
    breadcrumbs: "Навигационная цепочка",
    indexTitle: "Справка по КАСКО",
    indexIntro: "Коротко и по делу: как устроено КАСКО, от чего зависит его цена и что делать при страховом случае.",
    demoTariffs:
      "Цены на этом сайте рассчитаны по демонстрационным тарифам, построенным так, чтобы воспроизвести опубликованные данные 2019 года. Это не действующие тарифы страховых компаний.",
    demoTariffsLead: "Демонстрационные тарифы.",
    articles: "Статьи",
    otherArticles: "Другие статьи",
    allArticles: "Все статьи справки",
    backToCalculator: "Вернуться к калькулятору",
    checkPolicy: "Уже есть полис? Проверьте, правильно ли он рассчитан и все ли скидки применены",
    note: "Обратите внимание",
  },
  en: {
    calculator: "Calculator",
    guide: "Guide",
    breadcrumbs: "Breadcrumb",
    indexTitle: "KASKO guide",
    indexIntro: "Short, plain answers: how KASKO works, what drives its price and what to do when you need to claim.",
    demoTariffs:
      "Prices on this site come from demonstration tariffs built to reproduce figures published in 2019. They are not any insurer's current tariffs.",
    demoTariffsLead: "Demonstration tariffs.",
    articles: "Articles",
    otherArticles: "Other articles",
    allArticles: "All guide articles",
    backToCalculator: "Back to the calculator",
    checkPolicy: "Already have a policy? Check whether it was priced right and every discount applied",
    note: "Note",
  },
} as const satisfies Record<GuideLocale, Record<string, string>>;

export type GuideLabels = (typeof guideLabels)[GuideLocale];

/** The request's interface language (from the locale cookie), narrowed to the guide's languages. */
export async function getGuideLocale(): Promise<GuideLocale> {
  const locale = await getLocale();
  return locale === "en" ? "en" : "ru";
}

/** Shared link styling: underlined, brand colour, visible keyboard focus. */
export const linkClass =
  "rounded-sm text-brand-700 underline decoration-brand-600/40 underline-offset-4 hover:text-brand-900 hover:decoration-brand-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
