import type { GuideArticle } from "../article-types";

export const afterAccident: GuideArticle = {
  slug: "after-accident",
  title: {
    ru: "Что делать сразу после ДТП",
    en: "What to do first after an accident",
  },
  summary: {
    ru: "Порядок действий на месте аварии и в первые дни после неё, чтобы не потерять право на выплату по КАСКО.",
    en: "What to do at the scene and in the first days afterwards so that you keep your right to a KASKO payout.",
  },
  body: {
    ru: [
      { type: "h2", text: "На месте" },
      {
        type: "ol",
        items: [
          "Остановитесь, включите аварийную сигнализацию и выставьте знак аварийной остановки: не ближе 15 м от машины в городе и 30 м за городом. Если есть пострадавшие, вызовите помощь по номеру 112.",
          "Сфотографируйте и снимите на видео положение машин, повреждения, номера, знаки, разметку и следы на дороге. Запишите контакты свидетелей.",
          "Не сдвигайте машину, пока всё не зафиксировано. Если никто не пострадал, а машины мешают движению, правила требуют освободить дорогу — но сначала снимите их положение.",
          "Вызовите ГИБДД или оформите европротокол, если это допустимо: участвуют две машины, у обеих есть ОСАГО, никто не пострадал. Заранее узнайте, принимает ли ваш страховщик по КАСКО европротокол и до какой суммы.",
          "Не признавайте вину и не подписывайте того, в чём не уверены. В объяснениях пишите только факты.",
        ],
      },
      { type: "h2", text: "В следующие дни" },
      {
        type: "ul",
        items: [
          "Сообщите страховщику как можно скорее. Срок указан в правилах КАСКО — обычно несколько рабочих дней; точный срок проверьте в своём полисе.",
          "Получите в ГИБДД копии протокола, постановления или определения по делу — без них страховщик обычно не принимает заявление, если только полис не разрешает заявить мелкий ущерб без справок.",
          "Не начинайте ремонт, пока машину не осмотрел страховщик.",
        ],
      },
      { type: "h2", text: "Если машину угнали" },
      {
        type: "p",
        text: "Сразу звоните в полицию (102 или 112), затем сообщите страховщику в срок из правил — при угоне он короткий, часто сутки или двое. Сохраните все ключи и документы на машину: страховщик попросит их сдать, а без полного комплекта в выплате могут отказать.",
      },
    ],
    en: [
      { type: "h2", text: "At the scene" },
      {
        type: "ol",
        items: [
          "Stop, switch on the hazard lights and put out the warning triangle: at least 15 m behind the car in town and 30 m outside built-up areas. If anyone is hurt, call 112 for help.",
          "Take photos and video of where the cars stand, the damage, the number plates, road signs, markings and marks on the road. Write down witnesses' contact details.",
          "Don't move the car until everything is recorded. If nobody is hurt and the cars block traffic, the rules require you to clear the road — but photograph their positions first.",
          "Call the traffic police (GIBDD), or fill in a europrotocol where that is allowed: two vehicles, both with OSAGO, nobody hurt. Find out in advance whether your KASKO insurer accepts a europrotocol and up to what amount.",
          "Don't admit fault or sign anything you are not sure of. Stick to the facts in any statement.",
        ],
      },
      { type: "h2", text: "In the following days" },
      {
        type: "ul",
        items: [
          "Tell the insurer as soon as you can. The deadline is in the KASKO rules — typically a few working days; check your own policy for the exact one.",
          "Get copies of the traffic police report, ruling or decision on the case — insurers usually won't accept a claim without them, unless your policy lets you claim for minor damage without police papers.",
          "Don't start repairs until the insurer has inspected the car.",
        ],
      },
      { type: "h2", text: "If the car is stolen" },
      {
        type: "p",
        text: "Call the police straight away (102 or 112), then tell the insurer within the deadline in the rules — for theft it is short, often a day or two. Keep all the keys and the car's documents: the insurer will ask you to hand them over, and an incomplete set can be a reason to refuse the payout.",
      },
    ],
  },
};
