import "server-only";
import type { Catalog } from "@/lib/catalog";
import { getPricingContext, type PricingContext } from "@/lib/server/pricing-context.server";
import { compareQuotes, priceComparison, toMoneyString, type ComparisonResponse, type Decimal, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import type { Declined, Quote, QuoteConditions } from "@/lib/rating/result-types";
import { formOfQuery } from "@/lib/form/url-codec";
import { parseForm } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";
import { editionsMemo } from "./editions-memo";

/** An offer as the page shows it: the summary's figures and the policy's conditions, no worksheet. */
export type OfferQuote = Omit<Quote, "steps" | "conditions"> & { conditions: Omit<QuoteConditions, "drivers"> & { drivers: Omit<QuoteConditions["drivers"], "decisiveDriver"> } };

/** A calculation as the page shows it (a full comparison is one too: the worksheets are fetched when opened). */
export interface PageComparison {
  policyStart: string;
  quotes: OfferQuote[];
  declined: Declined[];
}

export type Priced =
  | { ok: true; request: TQuoteRequest; library: RateBookLibrary; catalog: Catalog; result: PageComparison }
  | { ok: false; issues: { path: string; message: string }[] };

/**
 * The comparison without worksheets (summary pricing: nothing recorded for a worksheet), with each
 * offer's conditions and its edition's notes: the same premiums, ranks and declines as
 * `compareQuotes`, which the worksheets and the comparison table use when opened.
 */
export function pageComparison(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): PageComparison {
  const { input, priced, declined } = priceComparison(request, library, catalog, false);
  const franchiseAmount = toMoneyString(input.policy["franchise.amount"] as Decimal);
  const sumInsured = toMoneyString(input.policy["vehicle.price"] as Decimal);
  const quotes = priced.map(({ quote, book }): OfferQuote => ({
    ...quote,
    conditions: {
      coverage: request.coverage,
      sumInsured,
      sumInsuredType: request.sumInsuredType,
      franchise: request.franchise,
      franchiseAmount,
      repair: request.repair,
      wearDeduction: request.wearDeduction,
      installments: request.installments,
      drivers: { unlimited: request.unlimitedDrivers, count: request.drivers.length },
      notes: book.source.notes,
    },
  }));
  return { policyStart: request.policyStart, quotes, declined };
}

/** Calculations kept per library and catalog before they are dropped (all at once). */
export const PRICED_FORMS_LIMIT = 500;

const pricedForms = editionsMemo<Priced>(PRICED_FORMS_LIMIT);

/**
 * The form validated with the API's schema and priced with the context's editions (no
 * worksheets), remembered per library and catalog (editions-memo.ts): a form is validated and
 * priced once for a day, its editions and its catalog — a link reloaded, shared, gone Back to or
 * returned to from a what-if. What it returns is shared: readers must not change it.
 */
export function priceFormIn(form: FormState, ctx: PricingContext): Priced {
  return pricedForms(ctx.library, ctx.catalog, `${ctx.today}\u0000${JSON.stringify(form)}`, () => {
    const parsed = parseForm(form, ctx.catalog, ctx.today);
    if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
    return { ok: true, request: parsed.request, library: ctx.library, catalog: ctx.catalog, result: pageComparison(parsed.request, ctx.library, ctx.catalog) };
  });
}

/** The form validated with the API's schema and priced with every insurer's edition in force (no worksheets). */
export async function priceForm(form: FormState): Promise<Priced> {
  return priceFormIn(form, await getPricingContext());
}

/** A calculation's query string (as the page encodes it) priced again with its worksheets, or null if it is not one. */
export async function priceQuery(query: string): Promise<ComparisonResponse | null> {
  const form = formOfQuery(query);
  if (!form) return null;
  const ctx = await getPricingContext();
  const parsed = parseForm(form, ctx.catalog, ctx.today);
  return parsed.ok ? compareQuotes(parsed.request, ctx.library, ctx.catalog) : null;
}
