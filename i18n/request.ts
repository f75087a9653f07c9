import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, locales, LOCALE_COOKIE } from "./config";

// The locale comes from a cookie (no locale prefix in URLs), so a shared calculation link
// opens in the recipient's own language.
export default getRequestConfig(async () => {
  const requested = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = hasLocale(locales, requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone: "Europe/Moscow",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
