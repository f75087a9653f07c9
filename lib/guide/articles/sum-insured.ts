import type { GuideArticle } from "../article-types";

export const sumInsured: GuideArticle = {
  slug: "sum-insured",
  title: {
    ru: "Агрегатная и неагрегатная страховая сумма",
    en: "Aggregate vs non-aggregate sum insured",
  },
  summary: {
    ru: "Почему после выплаты лимит по полису может уменьшиться и стоит ли доплачивать, чтобы этого не случилось.",
    en: "Why your cover can shrink after a payout, and whether it is worth paying extra to stop that happening.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "Страховая сумма — максимум, который страховщик выплатит по полису. Обычно её устанавливают равной рыночной стоимости машины на дату начала страхования. Главный вопрос — что происходит с ней после каждой выплаты.",
      },
      { type: "h2", text: "Агрегатная сумма" },
      {
        type: "p",
        text: "**Агрегатная** страховая сумма уменьшается на каждую выплату. Допустим, машина застрахована на 1 500 000 ₽. После ремонта за 300 000 ₽ лимит на остаток года — 1 200 000 ₽, и если затем машину угонят, больше этой суммы вы не получите. Некоторые страховщики позволяют восстановить сумму за дополнительный взнос.",
      },
      { type: "h2", text: "Неагрегатная сумма" },
      {
        type: "p",
        text: "**Неагрегатная** страховая сумма не уменьшается: каждая выплата считается от полной суммы, сколько бы случаев ни было за год. Такой полис обычно дороже на 5–10 %.",
      },
      { type: "h2", text: "Что выбрать" },
      {
        type: "ul",
        items: [
          "**Неагрегатная** — для новой или кредитной машины, для начинающего водителя, для езды по большому городу, где мелкие ДТП не редкость. Главное здесь — чтобы при угоне или полной гибели выплаты хватило на машину и на погашение кредита.",
          "**Агрегатная** — если вы ездите аккуратно и обращаетесь к страховщику редко или выбрали крупную франшизу и будете заявлять только серьёзный ущерб. Тогда разница в цене остаётся у вас.",
        ],
      },
      {
        type: "note",
        text: "Не путайте агрегатную сумму с уменьшающейся: у некоторых страховщиков страховая сумма ещё и снижается в течение года вслед за старением машины — независимо от того, были ли выплаты.",
      },
    ],
    en: [
      {
        type: "p",
        text: "The sum insured is the most the insurer will pay under the policy. It is usually set at the car's market value on the day cover starts. The key question is what happens to it after each payout.",
      },
      { type: "h2", text: "Aggregate sum insured" },
      {
        type: "p",
        text: "An **aggregate** sum insured shrinks with every payout. Say the car is insured for 1,500,000 ₽. After a 300,000 ₽ repair the limit for the rest of the year is 1,200,000 ₽, and if the car is then stolen you will get no more than that. Some insurers let you top the sum back up for an extra premium.",
      },
      { type: "h2", text: "Non-aggregate sum insured" },
      {
        type: "p",
        text: "A **non-aggregate** sum insured stays the same: every payout is measured against the full amount, however many claims you make in the year. Such a policy usually costs about 5–10% more.",
      },
      { type: "h2", text: "Which to choose" },
      {
        type: "ul",
        items: [
          "**Non-aggregate** — for a new car or one bought on credit, for a new driver, or for heavy city traffic where small knocks are common. What matters here is that after a theft or a write-off the payout still covers the car and the rest of the loan.",
          "**Aggregate** — if you drive carefully and rarely claim, or you have chosen a large franchise and will only claim for serious damage. Then the price difference stays in your pocket.",
        ],
      },
      {
        type: "note",
        text: "Don't confuse an aggregate sum with a decreasing one: with some insurers the sum insured also goes down during the year as the car ages, whether or not you have claimed.",
      },
    ],
  },
};
