/** The offer's message function for a language, outside React (route handlers, PDF, tests). */
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import type { UiLocale } from "@/lib/format/money";
import type { OfferTranslate } from "./document";

const MESSAGES = { ru, en } as const;

export function offerTranslator(locale: UiLocale): OfferTranslate {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: "Europe/Moscow" }) as unknown as OfferTranslate;
}

/** The language of a request: the interface-language cookie, else Russian. */
export function localeOfRequest(request: Request): UiLocale {
  const cookie = request.headers.get("cookie") ?? "";
  const m = /(?:^|;\s*)NEXT_LOCALE=(ru|en)(?:;|$)/.exec(cookie);
  return m?.[1] === "en" ? "en" : "ru";
}
