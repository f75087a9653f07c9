// The sign-in form's refusals in the interface language (messages/*.json, "Login.errors"). The
// form's server action answers in the language of the page it was sent from.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { MAX_PASSWORD_BYTES } from "@/lib/auth/password.server";
import { MAX_EMAIL_LENGTH } from "@/lib/auth/throttle.server";
import type { SignInRefusal } from "./sign-in.server";

export type SignInLocale = "ru" | "en";

const translators = {
  ru: createTranslator({ locale: "ru", messages: ru, namespace: "Login.errors" }),
  en: createTranslator({ locale: "en", messages: en, namespace: "Login.errors" }),
};

/** A refusal (or "server" for a failure of our own) in words, in `locale`. */
export function signInRefusalText(refusal: Pick<SignInRefusal, "error" | "field" | "retryAfterSeconds"> | "server", locale: SignInLocale): string {
  const t = translators[locale];
  if (refusal === "server") return t("server");
  switch (refusal.error) {
    case "too_long":
      return refusal.field === "email" ? t("emailTooLong", { max: MAX_EMAIL_LENGTH }) : t("passwordTooLong", { max: MAX_PASSWORD_BYTES });
    case "missing":
      return t("missing");
    case "disabled":
      return t("disabled");
    case "throttled":
      return t("throttled", { minutes: Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 60) / 60)) });
    case "busy":
      return t("busy", { seconds: Math.max(1, refusal.retryAfterSeconds ?? 1) });
    default:
      return t("invalid");
  }
}
