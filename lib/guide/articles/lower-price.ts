import type { GuideArticle } from "../article-types";

export const lowerPrice: GuideArticle = {
  slug: "lower-price",
  title: {
    ru: "Как снизить цену КАСКО",
    en: "How to lower the price of KASKO",
  },
  summary: {
    ru: "Франшиза, условия ремонта, состав водителей, противоугонная система и другие способы заплатить меньше — и чем за них придётся поступиться.",
    en: "A franchise, repair terms, the list of drivers, an anti-theft system and other ways to pay less — and what each one costs you in cover.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "Цена КАСКО — это базовый тариф, умноженный на коэффициенты. Почти каждый из них можно сдвинуть в свою пользу, но часть способов экономии означает меньшую защиту: решите, чем вы готовы поступиться.",
      },
      { type: "h2", text: "Условия полиса" },
      {
        type: "ul",
        items: [
          "**Франшиза** — самый заметный рычаг: минус 5–30 % к цене.",
          "**СТОА страховщика** вместо дилера и **выплата с учётом износа**.",
          "**Агрегатная** страховая сумма вместо неагрегатной.",
          "**Частичное КАСКО** — только от угона или только от ущерба, если второй риск вас не беспокоит.",
        ],
      },
      { type: "h2", text: "Водители и машина" },
      {
        type: "ul",
        items: [
          "Меньше водителей в полисе. Цену определяет самый молодой и неопытный из них, поэтому вписывайте только тех, кто действительно ездит.",
          "Хороший класс бонус-малус: годы без выплат снижают коэффициент.",
          "Спутниковая противоугонная система и ночная стоянка в гараже или на охраняемой парковке.",
          "Телематика для молодых водителей: датчик или приложение оценивает стиль езды, и аккуратным дают скидку.",
        ],
      },
      { type: "h2", text: "Как платить и где покупать" },
      {
        type: "ul",
        items: [
          "Оплата сразу за год: рассрочка обычно обходится дороже.",
          "Скидка за переход от другого страховщика — до 30 %, чаще всего если по прежнему полису не было выплат.",
          "Корпоративные тарифы, если машины принадлежат компании и страхуются целым автопарком.",
          "Скидка от агента: он может отдать вам часть своей комиссии — об этом стоит спросить.",
        ],
      },
    ],
    en: [
      {
        type: "p",
        text: "The price of KASKO is a base tariff multiplied by a set of coefficients. You can move almost every one of them in your favour, but some of the savings mean less cover, so decide what you are prepared to give up.",
      },
      { type: "h2", text: "Policy terms" },
      {
        type: "ul",
        items: [
          "**A franchise** — the biggest lever: 5–30% off the price.",
          "**The insurer's garage** instead of a dealer, and **payouts with a wear deduction**.",
          "**An aggregate** sum insured instead of a non-aggregate one.",
          "**Partial KASKO** — theft only or damage only, if the other risk does not worry you.",
        ],
      },
      { type: "h2", text: "Drivers and the car" },
      {
        type: "ul",
        items: [
          "Fewer named drivers. The price follows the youngest and least experienced of them, so only list people who actually drive the car.",
          "A good bonus-malus class: claim-free years bring the coefficient down.",
          "A satellite anti-theft system, and parking overnight in a garage or a guarded car park.",
          "Telematics for young drivers: a device or an app rates your driving, and careful drivers get a discount.",
        ],
      },
      { type: "h2", text: "How you pay and where you buy" },
      {
        type: "ul",
        items: [
          "Paying for the year in one go: instalments usually cost more.",
          "A switching discount from a new insurer — up to 30%, usually if you had no claims on your previous policy.",
          "Corporate rates when the cars belong to a company and are insured as a fleet.",
          "A discount from an agent, who can pass part of their commission on to you — it is worth asking.",
        ],
      },
    ],
  },
};
