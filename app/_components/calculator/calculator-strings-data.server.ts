import "server-only";
import { createHash } from "node:crypto";
import type { UiLocale } from "@/lib/format/money";
import { messages as ru } from "./calculator-messages-ru";
import { messages as en } from "./calculator-messages-en";

/** Each language's calculator messages as the browser fetches them, and the address that names their version. */
const data = Object.fromEntries(
  (["ru", "en"] as const).map((locale) => {
    const json = JSON.stringify(locale === "en" ? en : ru);
    const version = createHash("sha256").update(json).digest("hex").slice(0, 12);
    return [locale, { json, url: `/api/calculator-strings/${locale}?v=${version}` }];
  }),
) as Record<UiLocale, { json: string; url: string }>;

/** The calculator's messages in one language, as JSON. */
export function calculatorStringsJson(locale: UiLocale): string {
  return data[locale].json;
}

/** Where the browser fetches them: the version in the address changes with the messages, so the answer is cached for good. */
export function calculatorStringsUrl(locale: UiLocale): string {
  return data[locale].url;
}
