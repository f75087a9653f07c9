import type { GuideArticle } from "../article-types";

export const documents: GuideArticle = {
  slug: "documents",
  title: {
    ru: "Документы для выплаты по КАСКО",
    en: "Documents for a KASKO claim",
  },
  summary: {
    ru: "Что подготовить для заявления о страховом случае, что добавляется при угоне и что такое суброгация.",
    en: "What to prepare for a claim, what is added when a car is stolen, and what subrogation means.",
  },
  body: {
    ru: [
      {
        type: "p",
        text: "Заявление о страховом случае подают по форме страховщика — в офисе, а во многих компаниях и онлайн. Чем полнее комплект документов, тем быстрее начнётся урегулирование.",
      },
      { type: "h2", text: "Основной комплект" },
      {
        type: "ul",
        items: [
          "Полис КАСКО.",
          "Паспорт страхователя.",
          "Водительское удостоверение того, кто был за рулём.",
          "Свидетельство о регистрации ТС (СТС), а если попросят — ПТС или выписка из электронного ПТС.",
          "Документы из ГИБДД (копии протокола, постановления или определения) либо ваш экземпляр европротокола.",
          "Банковские реквизиты, если вы выбрали выплату деньгами.",
        ],
      },
      { type: "h2", text: "При угоне" },
      {
        type: "p",
        text: "Понадобятся все комплекты ключей и брелоки или метки противоугонной системы, оригиналы СТС и ПТС, талон-уведомление о том, что полиция приняла заявление, а позже — постановление о возбуждении уголовного дела.",
      },
      {
        type: "note",
        text: "Страховщик вправе запросить и другие документы — их перечень есть в правилах страхования. Снимите копии со всего, что сдаёте, и попросите отметку о приёме.",
      },
      { type: "h2", text: "Что такое суброгация" },
      {
        type: "p",
        text: "Если в ДТП виноват другой водитель, страховщик по КАСКО платит вам, а потом сам взыскивает деньги с виновника или его страховщика по ОСАГО. Это и есть **суброгация** (статья 965 ГК РФ). Судиться с виновником вам не нужно, но сохраните его данные и не подписывайте с ним отказ от претензий: это может помешать и страховщику, и вашей выплате.",
      },
    ],
    en: [
      {
        type: "p",
        text: "A claim is made on the insurer's form — at an office, and with many companies online too. The more complete your documents, the sooner the claim gets going.",
      },
      { type: "h2", text: "The basic set" },
      {
        type: "ul",
        items: [
          "The KASKO policy.",
          "The policyholder's passport.",
          "The driving licence of whoever was driving.",
          "The vehicle registration certificate (STS) and, if asked, the vehicle passport (PTS) or an extract from the electronic PTS.",
          "The traffic police documents (copies of the report, ruling or decision) or your copy of the europrotocol.",
          "Your bank details if you chose a cash payout.",
        ],
      },
      { type: "h2", text: "For a theft" },
      {
        type: "p",
        text: "You will need every set of keys and the alarm fobs or tags, the original STS and PTS, the police slip confirming your report was accepted, and later the decision to open a criminal case.",
      },
      {
        type: "note",
        text: "The insurer may ask for other documents as well — the list is in the policy rules. Keep copies of everything you hand over and ask for a note that it was received.",
      },
      { type: "h2", text: "What subrogation is" },
      {
        type: "p",
        text: "If another driver caused the accident, your KASKO insurer pays you and then recovers the money from the driver at fault or from their OSAGO insurer. This is **subrogation** (Article 965 of the Russian Civil Code). You don't have to sue anyone, but keep the other driver's details and don't sign any waiver of claims against them: it can get in the way of the insurer's recovery and of your own payout.",
      },
    ],
  },
};
