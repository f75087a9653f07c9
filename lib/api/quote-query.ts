/**
 * The query parameters of POST /api/v1/quotes (and the CLI's --detail and --lang):
 *   detail=full|summary  the whole comparison with worksheets (default), or premiums, components,
 *                        instalments, ranks, editions and decline codes only;
 *   lang=ru|en           labels in that one language instead of both.
 */
import * as z from "zod";
import { toFieldIssues, type InvalidRequest } from "@/lib/rating";
import { DETAIL_MESSAGE, LANG_MESSAGE, QUOTE_DETAILS, QUOTE_LANGUAGES, type QuoteOptions } from "./quote-options";

export { DEFAULT_QUOTE_OPTIONS, type QuoteOptions } from "./quote-options";

export const quoteQuerySchema = z.object({
  detail: z.enum(QUOTE_DETAILS, { error: DETAIL_MESSAGE }).default("full").describe("full: every quote with its conditions and worksheet (default); summary: no conditions, no worksheet, decline codes without texts"),
  lang: z.enum(QUOTE_LANGUAGES, { error: LANG_MESSAGE }).optional().describe("Labels in this one language (insurerName, worksheet labels, notes, decline messages); absent: both"),
});


export type QuoteQueryResult = { ok: true; options: QuoteOptions } | { ok: false; error: InvalidRequest };

/**
 * The options from the query string; a bad or repeated value is a field-level error at
 * `query.<name>`. Other parameters are ignored.
 */
export function parseQuoteQuery(params: URLSearchParams): QuoteQueryResult {
  const raw: Record<string, string> = {};
  const issues: InvalidRequest["issues"] = [];
  for (const name of Object.keys(quoteQuerySchema.shape)) {
    const values = params.getAll(name);
    if (values.length > 1) issues.push({ path: `query.${name}`, message: "must be given at most once" });
    else if (values.length === 1) raw[name] = values[0]!;
  }
  if (issues.length > 0) return { ok: false, error: { error: "invalid_request", issues } };
  const parsed = quoteQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, options: { detail: parsed.data.detail, lang: parsed.data.lang } satisfies QuoteOptions };
  return { ok: false, error: { error: "invalid_request", issues: toFieldIssues(parsed.error.issues).map((i) => ({ path: `query.${i.path}`, message: i.message })) } };
}
