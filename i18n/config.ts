export const locales = ["ru", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "ru";
export const LOCALE_COOKIE = "NEXT_LOCALE";
