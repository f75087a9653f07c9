/**
 * The help guide: short articles about KASKO, in Russian and English.
 *
 * Text is plain strings. Inside a string, `**bold**` marks emphasis (rendered as <strong>);
 * nothing else is interpreted. Both languages of an article must have the same block structure
 * (same number of blocks, same types, same number of list items) — the unit tests check it.
 */

export type GuideLocale = "ru" | "en";

export type Block =
  | { type: "p"; text: string }
  | { type: "h2"; text: string }
  | { type: "ul" | "ol"; items: string[] }
  | { type: "note"; text: string };

export type Localized<T> = Record<GuideLocale, T>;

export interface GuideArticle {
  slug: string;
  title: Localized<string>;
  summary: Localized<string>;
  body: Localized<Block[]>;
}

export const guideArticles: readonly GuideArticle[] = [
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
];

export function findArticle(slug: string): GuideArticle | undefined {
  return guideArticles.find((article) => article.slug === slug);
}
