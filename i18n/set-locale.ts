"use server";
import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { locales, LOCALE_COOKIE } from "./config";

/** Switches the interface language (a form action, so it works without JavaScript too). */
export async function setLocale(formData: FormData) {
  const value = formData.get("locale");
  if (typeof value !== "string" || !hasLocale(locales, value)) return;
  (await cookies()).set(LOCALE_COOKIE, value, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
