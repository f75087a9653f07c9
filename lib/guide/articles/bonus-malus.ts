import type { GuideArticle } from "../article-types";

export const bonusMalus: GuideArticle = {
  slug: "bonus-malus",
  title: {
    ru: "Классы бонус-малус",
    en: "Bonus-malus classes",
  },
  summary: {
    ru: "Что значат классы от M до 13, как класс меняется после года без аварий и после выплат и как он влияет на цену.",
    en: "What classes M to 13 mean, how your class changes after a claim-free year or a claim, and how it affects the price.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "Класс бонус-малус показывает вашу историю страховых случаев. Многие страховщики КАСКО пользуются той же шкалой, что и в ОСАГО: класс M, затем классы от 0 до 13. Каждому классу соответствует коэффициент, на который умножается тариф.",
      },
      { type: "h2", text: "Как меняется класс" },
      {
        type: "ul",
        items: [
          "Водитель без страховой истории начинает с **класса 3**.",
          "За каждый год без страховых выплат класс повышается на единицу, до 13-го.",
          "После выплат класс понижается, и тем сильнее, чем больше случаев было за год. Самый низкий класс — M.",
          "При переходе к другому страховщику историю подтверждают прежним полисом и справкой об убытках.",
        ],
      },
      { type: "h2", text: "Как класс влияет на цену" },
      {
        type: "p",
        text: "Чем ниже номер класса, тем выше коэффициент. Высокий класс — не скидка по акции, а отражение вашей аварийности: водитель с долгой историей без выплат, по статистике, реже попадает в ДТП, и страховать его дешевле.",
      },
      {
        type: "p",
        text: "В демонстрационных тарифах на этом сайте классу 3 соответствует коэффициент 1,0: у классов выше третьего он меньше единицы, у классов ниже — больше. У реальных страховщиков свои таблицы коэффициентов, а в ОСАГО значения устанавливает Банк России, и они отличаются от тарифов КАСКО.",
      },
    ],
    en: [
      {
        type: "p",
        text: "Your bonus-malus class reflects your claims history. Many KASKO insurers use the same scale as OSAGO, the compulsory motor insurance: class M, then classes 0 to 13. Each class has a coefficient that the tariff is multiplied by.",
      },
      { type: "h2", text: "How your class changes" },
      {
        type: "ul",
        items: [
          "A driver with no insurance history starts in **class 3**.",
          "Every year without a payout moves you up one class, as far as class 13.",
          "A payout moves you down, and the more claims in the year, the further you drop. The lowest class is M.",
          "When you switch insurer, your history is confirmed with your previous policy and a claims certificate.",
        ],
      },
      { type: "h2", text: "How the class affects the price" },
      {
        type: "p",
        text: "The lower the class number, the higher the coefficient. A high class is not a promotional discount; it reflects how often you have claimed: a driver with a long claim-free record statistically has fewer accidents and costs less to insure.",
      },
      {
        type: "p",
        text: "In the demonstration tariffs on this site class 3 has a coefficient of 1.0: classes above 3 get less than one, classes below get more. Real insurers have their own coefficient tables, and for OSAGO the values are set by the Bank of Russia and differ from KASKO tariffs.",
      },
    ],
  },
};
