import type { GuideArticle } from "../article-types";

export const needKasko: GuideArticle = {
  slug: "need-kasko",
  title: {
    ru: "Нужно ли вам КАСКО",
    en: "Do you need KASKO?",
  },
  summary: {
    ru: "Чем КАСКО отличается от ОСАГО, кому оно действительно нужно и какие есть промежуточные варианты.",
    en: "How KASKO differs from OSAGO, who really needs it, and what lies in between.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "КАСКО — добровольная страховка, и решать, нужна ли она, только вам. Ниже — факты, которые помогут взвесить решение.",
      },
      { type: "h2", text: "Что покрывает ОСАГО, а что нет" },
      {
        type: "p",
        text: "ОСАГО обязательно для всех владельцев машин, но страхует только вашу ответственность перед другими: оно платит пострадавшим, если виноваты вы, — до 400 000 ₽ за имущество и до 500 000 ₽ за вред жизни и здоровью каждого потерпевшего. Ремонт своей машины по ОСАГО вы получите, только если виноват другой водитель. Угон, ДТП по вашей вине, град, упавшее дерево, вандалов и скрывшегося виновника ОСАГО не покрывает.",
      },
      { type: "h2", text: "Когда КАСКО имеет смысл" },
      {
        type: "ul",
        items: [
          "**Новая машина** — ремонт стоит дорого, а потерять её без компенсации особенно обидно.",
          "**Машина в кредит** — банки обычно требуют КАСКО на весь срок кредита.",
          "**Дорогая машина** — даже мелкий ремонт обходится в заметные деньги.",
          "**Неопытный водитель** — в первые годы вероятность ДТП по своей вине выше.",
        ],
      },
      { type: "h2", text: "Если полное КАСКО кажется дорогим" },
      {
        type: "ul",
        items: [
          "**Частичное КАСКО** — защита только от угона или только от ущерба.",
          "**Крупная франшиза** — полис защищает от серьёзных потерь, а мелкие повреждения вы оплачиваете сами.",
          "**Без КАСКО** — разумный выбор для недорогой машины, если вы без труда оплатите её ремонт или замену из своих денег.",
        ],
      },
    ],
    en: [
      {
        type: "p",
        text: "KASKO is voluntary, and whether you need it is entirely your call. Here are the facts that help you weigh it up.",
      },
      { type: "h2", text: "What OSAGO covers and what it doesn't" },
      {
        type: "p",
        text: "OSAGO is compulsory for every car owner, but it only insures your liability to other people: it pays them when you are at fault, up to 400,000 ₽ for property and up to 500,000 ₽ for injury or death per victim. Your own car is repaired under OSAGO only when another driver is to blame. Theft, an accident you caused, hail, a falling tree, vandals or a driver who leaves the scene are not covered by OSAGO.",
      },
      { type: "h2", text: "When KASKO makes sense" },
      {
        type: "ul",
        items: [
          "**A new car** — repairs are expensive, and losing it without compensation hurts most.",
          "**A car bought on credit** — lenders usually require KASKO for the whole term of the loan.",
          "**An expensive car** — even a minor repair costs serious money.",
          "**An inexperienced driver** — in the first years the chance of an accident you cause is higher.",
        ],
      },
      { type: "h2", text: "If full KASKO seems too expensive" },
      {
        type: "ul",
        items: [
          "**Partial KASKO** — cover against theft only or damage only.",
          "**A large franchise** — the policy protects you against serious losses, and you pay for small damage yourself.",
          "**No KASKO** — a reasonable choice for an inexpensive car, if you can easily pay for its repair or replacement out of your own money.",
        ],
      },
    ],
  },
};
