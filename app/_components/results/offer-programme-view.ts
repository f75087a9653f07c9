import type { QuoteSummary } from "@/lib/rating/result-types";
import { formatRub, type UiLocale } from "@/lib/format/money";
import type { Translate } from "../translate";
import { dateText } from "./format-cached";

/** The link to an insurer's programmes side by side for the same calculation. */
export function programmesHref(insurerId: string, query: string): string {
  return `/programmes/${encodeURIComponent(insurerId)}?${query}`;
}

/** What an offer says besides its price, as texts formatted on the server (the card draws them in the browser). */
export interface ProgrammeView {
  programme?: { label: string; name: string; description: string };
  addOns?: { label: string; cover?: { label: string; amount: string }; items: { id: string; name: string; amount: string }[] };
  term?: { label: string; text: string };
  noSplit?: string;
  provenance: string;
  otherProgrammes?: { href: string; text: string };
}

/**
 * What an offer of a format-2 rate book says besides the price (Programmes messages): its
 * programme and what it is, each add-on with its price and the cover's own part, a policy
 * shorter than a year, one rate for everything (no damage/theft split), and where the tariff
 * comes from (a demonstration, or a published source and its date).
 */
export function programmeView(quote: QuoteSummary, query: string, locale: UiLocale, tp: Translate): ProgrammeView {
  const insurer = locale === "ru" ? quote.insurerName : quote.insurerNameEn;
  const addOns = quote.addOns ?? [];
  return {
    ...(quote.programme ? { programme: { label: tp("offer.programme"), name: quote.programme.name[locale], description: quote.programme.description[locale] } } : {}),
    ...(addOns.length > 0
      ? {
          addOns: {
            label: tp("offer.addOns"),
            ...(quote.coverPremium !== undefined ? { cover: { label: tp("offer.cover"), amount: formatRub(quote.coverPremium, locale) } } : {}),
            items: addOns.map((a) => ({
              id: a.id,
              name: `${a.name[locale]}${a.sumInsured !== undefined ? ` (${formatRub(a.sumInsured, locale, { whole: true })})` : ""}`,
              amount: formatRub(a.amount, locale),
            })),
          },
        }
      : {}),
    ...(quote.policyTermMonths !== undefined ? { term: { label: tp("offer.term"), text: tp(`form.termOptions.${quote.policyTermMonths}`) } } : {}),
    ...(quote.components === null ? { noSplit: tp("offer.noSplit") } : {}),
    provenance: quote.provenance ? tp("offer.published", { source: quote.provenance.source, date: dateText(quote.provenance.publishedOn, locale) }) : tp("offer.demo"),
    ...(quote.programme ? { otherProgrammes: { href: programmesHref(quote.insurerId, query), text: tp("offer.otherProgrammes", { insurer }) } } : {}),
  };
}
