import "server-only";
import type { Catalog } from "@/lib/catalog";
import { getQuoteContext } from "@/lib/api/quote-context.server";
import { compareQuotes, parseQuoteRequest, type ComparisonResponse, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { decodeForm, hasCalculation } from "@/lib/form/url-codec";
import { formToRequest } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";

export type Priced =
  | { ok: true; request: TQuoteRequest; library: RateBookLibrary; catalog: Catalog; result: ComparisonResponse }
  | { ok: false; issues: { path: string; message: string }[] };

/** The form validated with the API's schema and priced with every insurer's edition in force. */
export async function priceForm(form: FormState): Promise<Priced> {
  const ctx = await getQuoteContext();
  const parsed = parseQuoteRequest(formToRequest(form, ctx.catalog), ctx.catalog, ctx.today);
  if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
  return { ok: true, request: parsed.request, library: ctx.library, catalog: ctx.catalog, result: compareQuotes(parsed.request, ctx.library, ctx.catalog) };
}

const MAX_QUERY_LENGTH = 4096;

/** A calculation's query string (as the page encodes it) priced again, or null if it is not one. */
export async function priceQuery(query: string): Promise<ComparisonResponse | null> {
  // A calculation's query is well under 1 KB (lib/form/url-codec.ts bounds every value).
  if (typeof query !== "string" || query.length > MAX_QUERY_LENGTH) return null;
  const search = new URLSearchParams(query);
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  if (!hasCalculation(params)) return null;
  const priced = await priceForm(decodeForm(params));
  return priced.ok ? priced.result : null;
}
