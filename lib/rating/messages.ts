/**
 * Every text the rating library writes into a response, in Russian and English: the worksheet's
 * own line labels and the reasons for declining. Rate books bring their own labels (tables,
 * components, decline rules); these are the engine's.
 */
import type { TLabel } from "./result-types";

/** Labels of the worksheet lines the engine adds itself (the tables' lines carry the rate book's labels). */
export const STEP_LABELS = {
  discounts: { ru: "Скидки", en: "Discounts" },
  sum: { ru: "Итого до округления", en: "Total before rounding" },
  rateRounding: { ru: "Округление тарифа", en: "Rate rounding" },
  minimum: { ru: "Минимальная премия", en: "Minimum premium" },
  rounding: { ru: "Округление премии", en: "Premium rounding" },
  policyTerm: { ru: "Краткосрочный полис", en: "Short-term policy" },
  flatRate: { ru: "Тариф программы", en: "Programme's flat rate" },
  addOns: { ru: "Дополнительные опции", en: "Add-ons" },
  coverPart: { ru: "Доля КАСКО в премии", en: "Cover's part of the premium" },
} as const satisfies Record<string, TLabel>;

/** The add-ons' names by their shared code, for the reasons given when a book does not sell one. */
export const ADD_ON_NAMES: Readonly<Record<string, TLabel>> = {
  gap: { ru: "GAP", en: "GAP" },
  dsago: { ru: "ДСАГО", en: "Extra third-party liability (DSAGO)" },
  accident: { ru: "Несчастный случай (пассажиры)", en: "Passenger accident cover" },
  evacuation: { ru: "Эвакуация", en: "Evacuation" },
  commissioner: { ru: "Аварийный комиссар", en: "Emergency commissioner" },
  glass: { ru: "Стёкла без справок", en: "Glass without police certificates" },
};

/** Why a programme or an add-on is ruled out, by its own limits. */
export const LIMIT_MESSAGES = {
  vehicleTooOld: (max: number, age: number): TLabel => ({ ru: `автомобили не старше ${max} лет (этому ${age})`, en: `cars up to ${max} years old (this one is ${age})` }),
  priceTooLow: (min: string): TLabel => ({ ru: `стоимость автомобиля от ${min} ₽`, en: `car value from ${min} RUB` }),
  priceTooHigh: (max: string): TLabel => ({ ru: `стоимость автомобиля до ${max} ₽`, en: `car value up to ${max} RUB` }),
  coverage: { ru: "не предлагает такой вариант покрытия", en: "does not offer this coverage" },
  franchise: { ru: "не предлагает такой вид франшизы", en: "does not offer this kind of franchise" },
} as const;

/** The reasons for declining, by decline code; the ones with figures are functions of them. */
export const DECLINE_MESSAGES = {
  noRateBook: { ru: "Нет тарифа, действующего на дату начала полиса", en: "No tariff in force on the policy start date" },
  vehicleTooOld: (max: number, age: number): TLabel => ({ ru: `Страхует автомобили не старше ${max} лет (этому ${age})`, en: `Insures cars up to ${max} years old (this one is ${age})` }),
  driverTooYoung: (n: number, min: number): TLabel => ({ ru: `Водитель ${n}: минимальный возраст ${min} лет`, en: `Driver ${n}: minimum age is ${min}` }),
  driverTooOld: (n: number, max: number): TLabel => ({ ru: `Водитель ${n}: максимальный возраст ${max} лет`, en: `Driver ${n}: maximum age is ${max}` }),
  driverTooInexperienced: (n: number, min: number): TLabel => ({ ru: `Водитель ${n}: нужен стаж от ${min} лет`, en: `Driver ${n}: at least ${min} years' experience required` }),
  priceTooLow: (min: string): TLabel => ({ ru: `Минимальная стоимость автомобиля ${min} ₽`, en: `Minimum car value is ${min} RUB` }),
  priceTooHigh: (max: string): TLabel => ({ ru: `Максимальная стоимость автомобиля ${max} ₽`, en: `Maximum car value is ${max} RUB` }),
  regionNotServed: { ru: "Не работает в этом регионе", en: "Does not operate in this region" },
  coverageNotOffered: { ru: "Не предлагает такой вариант покрытия", en: "Does not offer this coverage" },
  repairNotOffered: { ru: "Не предлагает такой вариант ремонта", en: "Does not offer this repair option" },
  franchiseNotOffered: { ru: "Не предлагает такой вид франшизы", en: "Does not offer this kind of franchise" },
  installmentsNotOffered: (n: number): TLabel => ({ ru: `Не принимает оплату в ${n} платежа`, en: `Does not accept payment in ${n} instalments` }),
  unlimitedDriversNotOffered: { ru: "Не страхует без ограничения списка водителей", en: "Does not offer unlimited-driver policies" },
  noRateForVehicle: { ru: "Нет тарифа для этой модели", en: "No tariff for this model" },
  tariffGap: (table: TLabel): TLabel => ({ ru: `Тариф не содержит значения для этих условий (${table.ru})`, en: `The tariff has no value for these conditions (${table.en})` }),
  programmeNotOffered: (asked: string): TLabel => ({ ru: `Нет программы «${asked}»`, en: `No "${asked}" programme` }),
  programmeNotAvailable: (programme: TLabel, why: TLabel): TLabel => ({ ru: `Программа «${programme.ru}»: ${why.ru}`, en: `${programme.en} programme: ${why.en}` }),
  addOnNotOffered: (addOn: string): TLabel => ({ ru: `Опция ${ADD_ON_NAMES[addOn]?.ru ?? addOn} не предлагается`, en: `${ADD_ON_NAMES[addOn]?.en ?? addOn} is not offered` }),
  addOnNotAvailable: (addOn: TLabel, why: TLabel): TLabel => ({ ru: `${addOn.ru}: ${why.ru}`, en: `${addOn.en}: ${why.en}` }),
  addOnNotPriced: (addOn: TLabel): TLabel => ({ ru: `${addOn.ru}: тариф не содержит цены для выбранных условий опции`, en: `${addOn.en}: the tariff has no price for the add-on's options as chosen` }),
  policyTermNotOffered: (months: number): TLabel => ({ ru: `Не страхует на ${months} мес.`, en: `Does not offer a ${months}-month policy` }),
  allowedDriversNotOffered: { ru: "Не страхует по числу допущенных водителей, только по списку", en: "Prices named drivers only, not a number of drivers" },
  nonPositivePremium: { ru: "Тариф дал неположительную премию", en: "The tariff produced a non-positive premium" },
} as const;
