/** What a quote answer holds: the values of `detail` and `lang` (the API's query, the CLI's options). No imports, so the CLI reads them cheaply. */
export const QUOTE_DETAILS = ["full", "summary"] as const;
export const QUOTE_LANGUAGES = ["ru", "en"] as const;

export interface QuoteOptions {
  /** full: every quote with its conditions and worksheet (default); summary: neither. */
  detail: (typeof QUOTE_DETAILS)[number];
  /** Labels in this one language; undefined: both. */
  lang: (typeof QUOTE_LANGUAGES)[number] | undefined;
}

export const DEFAULT_QUOTE_OPTIONS: QuoteOptions = { detail: "full", lang: undefined };

export const DETAIL_MESSAGE = 'must be "full" or "summary"';
export const LANG_MESSAGE = 'must be "ru" or "en"';
