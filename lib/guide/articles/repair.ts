import type { GuideArticle } from "../article-types";

export const repair: GuideArticle = {
  slug: "repair",
  title: {
    ru: "Ремонт или деньги: как возмещают ущерб",
    en: "Repair options: where the car is fixed and how you are paid",
  },
  summary: {
    ru: "СТОА страховщика, сервис по вашему выбору, дилер или деньги: чем отличаются варианты и как они меняют цену полиса.",
    en: "The insurer's garage, your own garage, a dealer or cash: how the options differ and what they do to the price.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "В полисе КАСКО указано, как будет возмещён ущерб при повреждении машины. От этого заметно зависит цена: дороже всего ремонт у официального дилера, дешевле всего — деньги по калькуляции страховщика.",
      },
      { type: "h2", text: "Ремонт" },
      {
        type: "ul",
        items: [
          "**СТОА страховщика** — машину чинят в сервисе, с которым у страховщика договор. Вы не платите за ремонт и не ищете мастерскую, но выбирать можно только из списка партнёров.",
          "**СТОА по выбору клиента** — сервис выбираете вы, а страховщик оплачивает счёт. Обычно это дороже примерно на 20 %.",
          "**Официальный дилер** — привычный выбор для машины на гарантии: дилер ремонтирует по технологии производителя и оригинальными запчастями, так что с гарантией не будет вопросов. Страховщики обычно предлагают его только для машин не старше нескольких лет.",
        ],
      },
      { type: "h2", text: "Деньги вместо ремонта" },
      {
        type: "ul",
        items: [
          "**По калькуляции страховщика** — страховщик сам оценивает ремонт, как правило по средним ценам региона, и переводит деньги. Это самый дешёвый вариант полиса, но выплаты может не хватить на ремонт у дилера.",
          "**По калькуляции независимого оценщика** — сумму определяет независимый эксперт. Полис дороже, зато оценка обычно ближе к реальным ценам сервисов.",
        ],
      },
      {
        type: "p",
        text: "Выбранный вариант не всегда окончательный: по некоторым правилам ремонт можно заменить деньгами по соглашению со страховщиком. А при угоне и полной гибели машины выплачивают деньги, какой бы вариант ни стоял в полисе.",
      },
    ],
    en: [
      {
        type: "p",
        text: "A KASKO policy states how damage to the car will be settled, and that choice has a visible effect on the price: an official dealer is the most expensive option, cash based on the insurer's own estimate the cheapest.",
      },
      { type: "h2", text: "Repair" },
      {
        type: "ul",
        items: [
          "**The insurer's partner garage** — the car is repaired at a workshop under contract with the insurer. You pay nothing for the repair and don't have to find a garage, but you can only choose from the partner list.",
          "**A garage of your choice** — you pick the workshop and the insurer pays the bill. This usually costs about 20% more.",
          "**An official dealer** — the usual choice for a car under warranty: the dealer follows the manufacturer's procedures and fits original parts, so the warranty is not in question. Insurers usually offer this only for cars up to a few years old.",
        ],
      },
      { type: "h2", text: "Cash instead of repair" },
      {
        type: "ul",
        items: [
          "**By the insurer's estimate** — the insurer prices the repair itself, usually at average local rates, and transfers the money. This is the cheapest policy, but the payout may not cover a dealer's bill.",
          "**By an independent appraiser** — an independent expert sets the amount. The policy costs more, but the estimate tends to be closer to what workshops actually charge.",
        ],
      },
      {
        type: "p",
        text: "The option you choose is not always final: some policy rules let you switch from repair to cash by agreement with the insurer. And a theft or a write-off is settled in cash whatever option the policy names.",
      },
    ],
  },
};
