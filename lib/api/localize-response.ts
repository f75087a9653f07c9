/**
 * A response with its labels in one language (`lang=ru|en`): every { ru, en } label becomes the
 * one text, and `insurerName` is the insurer's name in that language (no `insurerNameEn`).
 * Numbers, codes and key order stay as in the two-language response.
 */
import type { ComparisonResponse, Declined, DeclinedSummary, Quote, QuoteAddOn, QuoteProgramme, QuoteSummary, SummaryResponse, TLabel, WorksheetStep } from "@/lib/rating";

export type Language = "ru" | "en";

type OneLanguage<T> = Omit<T, "insurerName" | "insurerNameEn"> & { insurerName: string };
type LocalizedProgramme = Omit<QuoteProgramme, "name" | "description"> & { name: string; description: string };
type LocalizedAddOn = Omit<QuoteAddOn, "name"> & { name: string };

export type LocalizedStep = Omit<WorksheetStep, "label"> & { label: string };
export type LocalizedQuoteSummary = Omit<OneLanguage<QuoteSummary>, "programme" | "addOns"> & { programme?: LocalizedProgramme | undefined; addOns?: LocalizedAddOn[] | undefined };
export type LocalizedQuote = LocalizedQuoteSummary & { conditions: Omit<Quote["conditions"], "notes"> & { notes: string[] }; steps: LocalizedStep[] };
export type LocalizedDeclined = OneLanguage<Omit<Declined, "reasons">> & { reasons: { code: string; message: string }[] };
export type LocalizedDeclinedSummary = OneLanguage<DeclinedSummary>;

export interface LocalizedComparison {
  policyStart: string;
  currency: "RUB";
  quotes: LocalizedQuote[];
  declined: LocalizedDeclined[];
}

export interface LocalizedSummary {
  policyStart: string;
  currency: "RUB";
  quotes: LocalizedQuoteSummary[];
  declined: LocalizedDeclinedSummary[];
}

const nameIn = (x: { insurerName: string; insurerNameEn: string }, lang: Language) => (lang === "ru" ? x.insurerName : x.insurerNameEn);
const textIn = (label: TLabel, lang: Language) => label[lang];

function summaryIn(q: QuoteSummary, lang: Language): LocalizedQuoteSummary {
  return {
    rank: q.rank,
    insurerId: q.insurerId,
    insurerName: nameIn(q, lang),
    premium: q.premium,
    components: q.components,
    installments: q.installments,
    installmentAmount: q.installmentAmount,
    installmentSchedule: q.installmentSchedule,
    rateBook: q.rateBook,
    programme: q.programme && { ...q.programme, name: textIn(q.programme.name, lang), description: textIn(q.programme.description, lang) },
    addOns: q.addOns?.map((a) => ({ ...a, name: textIn(a.name, lang) })),
    coverPremium: q.coverPremium,
    policyTermMonths: q.policyTermMonths,
    provenance: q.provenance,
  };
}

function quoteIn(q: Quote, lang: Language): LocalizedQuote {
  return {
    ...summaryIn(q, lang),
    conditions: { ...q.conditions, notes: q.conditions.notes.map((n) => textIn(n, lang)) },
    steps: q.steps.map((s) => ({ ...s, label: textIn(s.label, lang) })),
  };
}

export function localizeComparison(response: ComparisonResponse, lang: Language): LocalizedComparison {
  return {
    policyStart: response.policyStart,
    currency: response.currency,
    quotes: response.quotes.map((q) => quoteIn(q, lang)),
    declined: response.declined.map((d) => ({
      insurerId: d.insurerId,
      insurerName: nameIn(d, lang),
      rateBook: d.rateBook,
      reasons: d.reasons.map((r) => ({ code: r.code, message: textIn(r.message, lang) })),
    })),
  };
}

export function localizeSummary(response: SummaryResponse, lang: Language): LocalizedSummary {
  return {
    policyStart: response.policyStart,
    currency: response.currency,
    quotes: response.quotes.map((q) => summaryIn(q, lang)),
    declined: response.declined.map((d) => ({ insurerId: d.insurerId, insurerName: nameIn(d, lang), rateBook: d.rateBook, codes: d.codes })),
  };
}
