import type { GuideArticle } from "../article-types";

export const franchise: GuideArticle = {
  slug: "franchise",
  title: {
    ru: "Франшиза: что это и когда она выгодна",
    en: "The franchise (deductible): what it is and when it pays off",
  },
  summary: {
    ru: "Какие бывают франшизы, сколько они экономят и как посчитать, окупится ли франшиза именно у вас.",
    en: "The kinds of franchise, how much they save and how to work out whether one pays off for you.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "**Франшиза** — часть ущерба, которую вы оплачиваете сами. Страховщик вычитает её из выплаты по каждому страховому случаю: при франшизе 30 000 ₽ и ремонте на 100 000 ₽ вы получите 70 000 ₽, а повреждения дешевле франшизы не оплачиваются вовсе. Взамен полис дешевеет — обычно на 5–30 %.",
      },
      { type: "h2", text: "Какие бывают франшизы" },
      {
        type: "ul",
        items: [
          "**Фиксированная** — сумма в рублях. Чаще всего это эквивалент 100–1000 долларов США: например, 15 000, 30 000 или 50 000 ₽.",
          "**Процентная** — доля страховой суммы (скажем, 1–2 % стоимости машины) или размера ущерба. Чем дороже автомобиль, тем больше такая франшиза в рублях.",
          "**Со второго случая** — первый случай за год оплачивается полностью, а франшиза применяется начиная со второго или третьего. Это скрытая франшиза: в полисе может стоять «без франшизы», а условие записано в правилах страхования.",
        ],
      },
      { type: "h2", text: "Когда франшиза окупается" },
      {
        type: "p",
        text: "Сравните экономию с тем, что придётся доплачивать из своего кармана. Если франшиза экономит S рублей в год, а каждый страховой случай обходится вам в F рублей, она выгодна, пока вы обращаетесь к страховщику реже, чем раз в F / S лет.",
      },
      {
        type: "p",
        text: "Пример: франшиза 30 000 ₽ снижает цену полиса на 8 400 ₽ в год. 30 000 / 8 400 ≈ 3,6 — значит, франшиза окупается, если у вас случается меньше одного убытка примерно за 3,6 года. Водитель, который каждый год цепляет бампер, на ней проиграет, а аккуратный — выиграет.",
      },
      {
        type: "note",
        text: "Расчёт упрощённый: он предполагает, что каждый ущерб больше франшизы. Некоторые страховщики не применяют франшизу, если в ДТП виноват другой водитель и он установлен, — проверьте это в правилах страхования.",
      },
    ],
    en: [
      {
        type: "p",
        text: "A **franchise** (deductible) is the part of a loss you pay yourself. The insurer subtracts it from the payout on every claim: with a 30,000 ₽ franchise and a 100,000 ₽ repair you receive 70,000 ₽, and damage that costs less than the franchise is not paid at all. In return the policy gets cheaper, typically by 5–30%.",
      },
      { type: "h2", text: "Kinds of franchise" },
      {
        type: "ul",
        items: [
          "**Fixed** — a set amount in rubles, most often the equivalent of 100–1,000 US dollars: for example 15,000, 30,000 or 50,000 ₽.",
          "**Percentage** — a share of the sum insured (say, 1–2% of the car's value) or of the loss. The more expensive the car, the larger such a franchise is in rubles.",
          "**From the second claim** — the first claim of the year is paid in full and the franchise applies from the second or third one. It is a hidden franchise: the policy may say “no franchise” while the condition sits in the insurer's rules.",
        ],
      },
      { type: "h2", text: "When a franchise pays off" },
      {
        type: "p",
        text: "Compare what you save with what you will pay out of your own pocket. If a franchise saves you S rubles a year and costs you F rubles per claim, it pays off as long as you claim less often than once every F / S years.",
      },
      {
        type: "p",
        text: "Example: a 30,000 ₽ franchise cuts the premium by 8,400 ₽ a year. 30,000 / 8,400 ≈ 3.6, so the franchise pays off if you have fewer than one claim in about 3.6 years. A driver who scrapes a bumper every year loses money on it; a careful driver comes out ahead.",
      },
      {
        type: "note",
        text: "This is a simplified calculation: it assumes every loss is larger than the franchise. Some insurers waive the franchise when another driver is at fault and has been identified — check the policy rules.",
      },
    ],
  },
};
