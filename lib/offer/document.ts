/**
 * The commercial offer (КП) as a document: every text already worded and formatted in the
 * client's language, so that the print page, the client link and the PDF show the same thing.
 *
 * Built from a saved calculation (the request and the offers as priced), the 1–5 offers the agent
 * chose, the discounts the agent gave, the agency's and the agent's contacts and the client's name.
 * It carries no commission figure and no other client data: nothing the client may not see is in
 * the model, so no form of the offer can show it.
 *
 * Pure: no I/O, no clock (dates come in).
 */
import type { Catalog } from "@/lib/catalog";
import { formatDate, formatRub, type UiLocale } from "@/lib/format/money";
import type { ComparisonResponse, Quote, TQuoteRequest } from "@/lib/rating";

/** A message function over the whole messages file (next-intl's createTranslator without a namespace). */
export type OfferTranslate = (key: string, values?: Record<string, string | number>) => string;

export const MAX_OFFERS = 5;

export interface OfferContacts {
  agencyName: string;
  agencyPhone: string;
  agencyEmail: string;
  agencyAddress: string;
  agentName: string;
  agentPhone: string;
  agentEmail: string;
}

/** What the client pays for one offer, after the agent's discount (no commission here). */
export interface OfferPrice {
  discount: string;
  premiumAfter: string;
  installmentSchedule: string[];
}

export interface OfferSource {
  request: TQuoteRequest;
  response: ComparisonResponse;
  /** The chosen insurers, in the order to show them. */
  insurerIds: readonly string[];
  /** Per insurer id; an insurer missing here has no discount. */
  prices: Readonly<Record<string, OfferPrice>>;
  contacts: OfferContacts;
  clientName: string;
  /** YYYY-MM-DD. */
  preparedOn: string;
  validUntil: string;
  /** Whether the tariffs are demonstration data (then the notice is shown). */
  demonstration: boolean;
  locale: UiLocale;
}

export interface OfferRow {
  label: string;
  /** One value per offer, in the order of `insurers`. */
  values: string[];
  /** Premium rows are emphasised. */
  emphasis?: "discount" | "total";
}

export interface OfferDocument {
  locale: UiLocale;
  title: string;
  subtitle: string;
  preparedOn: string;
  contacts: { heading: string; lines: { label: string; value: string }[] };
  car: { heading: string; lines: { label: string; value: string }[] };
  drivers: { heading: string; lines: string[] };
  offersHeading: string;
  conditionHeading: string;
  insurers: string[];
  rows: OfferRow[];
  validity: string[];
  demoNotice: string | null;
}

export type OfferBuildError = "no_offers" | "too_many_offers" | "unknown_offer" | "duplicate_offer";

/** The chosen offers, or why they cannot be: 1–5 distinct insurers, each priced in the calculation. */
export function chooseOffers(response: ComparisonResponse, insurerIds: readonly string[]): { ok: true; quotes: Quote[] } | { ok: false; error: OfferBuildError } {
  if (insurerIds.length === 0) return { ok: false, error: "no_offers" };
  if (insurerIds.length > MAX_OFFERS) return { ok: false, error: "too_many_offers" };
  if (new Set(insurerIds).size !== insurerIds.length) return { ok: false, error: "duplicate_offer" };
  const quotes: Quote[] = [];
  for (const id of insurerIds) {
    const q = response.quotes.find((x) => x.insurerId === id);
    if (!q) return { ok: false, error: "unknown_offer" };
    quotes.push(q);
  }
  return { ok: true, quotes };
}

function franchiseText(q: Quote, t: OfferTranslate, locale: UiLocale): string {
  const f = q.conditions.franchise;
  const amount = formatRub(q.conditions.franchiseAmount, locale, { whole: true });
  switch (f.type) {
    case "none":
      return t("Results.franchiseNone");
    case "fixed":
      return t("Results.franchiseFixed", { amount });
    case "percent":
      return t("Results.franchisePercent", { percent: String(f.percent), amount });
    case "fromSecondClaim":
      return t("Results.franchiseSecond", { amount });
  }
}

/** The offer document, worded in `source.locale`. Throws on a choice chooseOffers refuses (check it first). */
export function buildOfferDocument(source: OfferSource, catalog: Catalog, t: OfferTranslate): OfferDocument {
  const chosen = chooseOffers(source.response, source.insurerIds);
  if (!chosen.ok) throw new Error(`cannot build the offer: ${chosen.error}`);
  const { request: r, locale } = source;
  const rub = (amount: string) => formatRub(amount, locale);
  const yesNo = (b: boolean) => t(b ? "Offer.yes" : "Offer.no");
  const model = catalog.models.get(r.vehicle.modelId);
  const region = catalog.regions.get(r.region);
  const c = source.contacts;

  const contactLines = [
    { label: t("Offer.agency"), value: c.agencyName },
    { label: t("Offer.address"), value: c.agencyAddress },
    { label: t("Offer.phone"), value: c.agencyPhone },
    { label: t("Offer.email"), value: c.agencyEmail },
    { label: t("Offer.agent"), value: c.agentName },
    { label: t("Offer.phone"), value: c.agentPhone },
    { label: t("Offer.email"), value: c.agentEmail },
  ].filter((l) => l.value.trim() !== "");

  const carLines = [
    { label: t("Offer.carModel"), value: model ? `${model.make} ${model.model}` : r.vehicle.modelId },
    { label: t("Offer.year"), value: String(r.vehicle.year) },
    { label: t("Offer.price"), value: rub(r.vehicle.price) },
    { label: t("Offer.power"), value: t("Offer.powerValue", { hp: r.vehicle.powerHp ?? model?.defaultPowerHp ?? 0 }) },
    { label: t("Offer.region"), value: region ? `${region.name[locale]} (${region.code})` : r.region },
    { label: t("Offer.antiTheft"), value: t(`Form.antiTheftOptions.${r.vehicle.antiTheft}`) },
    { label: t("Offer.parking"), value: t(`Form.parkingOptions.${r.vehicle.parking}`) },
    { label: t("Offer.credit"), value: yesNo(r.vehicle.credit) },
    { label: t("Offer.policyStart"), value: formatDate(r.policyStart, locale) },
  ];

  const driverLines = r.unlimitedDrivers ? [t("Offer.unlimitedDrivers")] : r.drivers.map((d, i) => t("Offer.driverLine", { n: i + 1, age: d.age, experience: d.experienceYears }));
  driverLines.push(`${t("Offer.bonusMalus")}: ${r.bonusMalusClass}`);

  const quotes = chosen.quotes;
  const price = (q: Quote): OfferPrice => source.prices[q.insurerId] ?? { discount: "0.00", premiumAfter: q.premium, installmentSchedule: q.installmentSchedule };
  const anyDiscount = quotes.some((q) => Number(price(q).discount) > 0);
  const row = (label: string, value: (q: Quote) => string, emphasis?: OfferRow["emphasis"]): OfferRow => ({ label, values: quotes.map(value), ...(emphasis ? { emphasis } : {}) });
  const rows: OfferRow[] = [
    row(t("Offer.sumInsured"), (q) => rub(q.conditions.sumInsured)),
    row(t("Offer.sumInsuredType"), (q) => t(q.conditions.sumInsuredType === "aggregate" ? "Results.aggregateYes" : "Results.aggregateNo")),
    row(t("Offer.risks"), (q) => t(`Form.coverageOptions.${q.conditions.coverage}`)),
    row(t("Offer.franchise"), (q) => franchiseText(q, t, locale)),
    row(t("Offer.repair"), (q) => t(`Form.repairOptions.${q.conditions.repair}`)),
    row(t("Offer.wear"), (q) => t(q.conditions.wearDeduction ? "Results.wearYes" : "Results.wearNo")),
    row(t("Offer.driversCondition"), (q) => (q.conditions.drivers.unlimited ? t("Results.driversUnlimited") : t("Results.driversNamed", { count: q.conditions.drivers.count }))),
    row(t("Offer.payment"), (q) => t(`Form.installmentsOptions.${q.installments}`)),
    row(t("Offer.schedule"), (q) => {
      const s = price(q).installmentSchedule;
      return s.length === 1 ? rub(s[0]!) : s.map((amount, i) => t("Offer.scheduleLine", { n: i + 1, amount: rub(amount) })).join("\n");
    }),
    ...(anyDiscount
      ? [
          row(t("Offer.premiumTariff"), (q) => rub(q.premium)),
          row(t("Offer.agentDiscount"), (q) => (Number(price(q).discount) > 0 ? `−${rub(price(q).discount)}` : t("Offer.noDiscount")), "discount"),
        ]
      : []),
    row(t("Offer.premiumToPay"), (q) => rub(price(q).premiumAfter), "total"),
    row(t("Offer.tariffEdition"), (q) => formatDate(q.rateBook.effectiveFrom, locale)),
  ];

  return {
    locale,
    title: t("Offer.title"),
    subtitle: t("Offer.forClient", { client: source.clientName }),
    preparedOn: t("Offer.preparedOn", { date: formatDate(source.preparedOn, locale) }),
    contacts: { heading: t("Offer.from"), lines: contactLines },
    car: { heading: t("Offer.car"), lines: carLines },
    drivers: { heading: t("Offer.drivers"), lines: driverLines },
    offersHeading: t("Offer.offers"),
    conditionHeading: t("Offer.condition"),
    insurers: quotes.map((q) => (locale === "ru" ? q.insurerName : q.insurerNameEn)),
    rows,
    validity: [t("Offer.validUntil", { date: formatDate(source.validUntil, locale) }), t("Offer.validUntilNote")],
    demoNotice: source.demonstration ? `${t("Common.demoTitle")} ${t("Common.demoText")}` : null,
  };
}
