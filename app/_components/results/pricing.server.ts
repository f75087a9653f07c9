import "server-only";
import { catalog } from "@/lib/catalog";
import { getPricingContext } from "@/lib/server/pricing-context.server";
import { compareQuotes, type ComparisonResponse, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { formOfQuery } from "@/lib/form/url-codec";
import { parseForm } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";

export type Priced =
  | { ok: true; request: TQuoteRequest; library: RateBookLibrary; result: ComparisonResponse }
  | { ok: false; issues: { path: string; message: string }[] };

/** The form validated with the API's schema and priced with every insurer's edition in force. */
export async function priceForm(form: FormState): Promise<Priced> {
  const ctx = await getPricingContext();
  const parsed = parseForm(form, catalog, ctx.today);
  if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
  return { ok: true, request: parsed.request, library: ctx.library, result: compareQuotes(parsed.request, ctx.library, catalog) };
}

/** A calculation's query string (as the page encodes it) priced again, or null if it is not one. */
export async function priceQuery(query: string): Promise<ComparisonResponse | null> {
  const form = formOfQuery(query);
  if (!form) return null;
  const priced = await priceForm(form);
  return priced.ok ? priced.result : null;
}
