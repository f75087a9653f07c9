import type { GuideArticle } from "../article-types";

export const wear: GuideArticle = {
  slug: "wear",
  title: {
    ru: "Выплата с учётом износа",
    en: "Payouts with a wear deduction",
  },
  summary: {
    ru: "Почему полис с учётом износа дешевле, сколько вы недополучите при ремонте и кому этот вариант подходит.",
    en: "Why a policy with a wear deduction is cheaper, how much less you get for a repair, and who it suits.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "Обычно КАСКО оплачивает замену деталей по цене новых. Если в полисе указана выплата **с учётом износа**, стоимость заменяемых деталей уменьшают на процент износа, который зависит от возраста машины, а иногда и от пробега.",
      },
      { type: "h2", text: "Как это работает" },
      {
        type: "p",
        text: "Допустим, после ДТП нужно заменить бампер и фару за 80 000 ₽, а работа и покраска стоят 40 000 ₽. При износе 30 % за детали заплатят 56 000 ₽, и выплата составит 96 000 ₽ вместо 120 000 ₽. Если ставить новые детали, разницу вы доплачиваете сами. Процент износа берут из таблицы в правилах страхования; на работу и покраску его обычно не начисляют.",
      },
      { type: "h2", text: "Плюсы и минусы" },
      {
        type: "ul",
        items: [
          "Полис заметно дешевле такого же без учёта износа.",
          "Выплаты за детали меньше, и чем старше машина, тем больше разница.",
          "Если ремонт — это в основном работа и покраска, потери невелики.",
        ],
      },
      { type: "h2", text: "Когда без износа не обойтись" },
      {
        type: "p",
        text: "Для машин старше определённого возраста — нередко 5–7 лет — многие страховщики продают КАСКО только с учётом износа: оплачивать новые детали для старой машины они не готовы. У новой машины износ пока невелик, поэтому разница в выплатах небольшая, но и экономия на полисе скромная. Сравните в калькуляторе цену обоих вариантов.",
      },
    ],
    en: [
      {
        type: "p",
        text: "Normally KASKO pays for replacement parts at the price of new ones. If the policy says payouts are made **with a wear deduction**, the cost of replaced parts is reduced by a wear percentage that depends on the car's age and sometimes on its mileage.",
      },
      { type: "h2", text: "How it works" },
      {
        type: "p",
        text: "Say that after an accident a bumper and a headlight worth 80,000 ₽ must be replaced, and labour and paint cost 40,000 ₽. With 30% wear the parts are paid at 56,000 ₽, so the payout is 96,000 ₽ instead of 120,000 ₽. If you fit new parts, you pay the difference yourself. The wear percentage comes from a table in the policy rules; it is not usually applied to labour and paint.",
      },
      { type: "h2", text: "Pros and cons" },
      {
        type: "ul",
        items: [
          "The policy is noticeably cheaper than the same cover without a wear deduction.",
          "Payouts for parts are smaller, and the older the car, the bigger the gap.",
          "If a repair is mostly labour and paint, you lose little.",
        ],
      },
      { type: "h2", text: "When there is no way around it" },
      {
        type: "p",
        text: "For cars over a certain age — often 5–7 years — many insurers sell KASKO only with a wear deduction: they will not pay for new parts on an old car. On a new car wear is still low, so the payouts differ little, but the saving on the premium is modest too. Compare the price of both options in the calculator.",
      },
    ],
  },
};
