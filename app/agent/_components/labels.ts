// The agents' forms' strings, formatted on the server (the browser loads no message runtime).
import { CONSENT_TEXTS } from "@/lib/agent/consent-texts";
import type { ClientFormLabels } from "./client-form";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

export const ERROR_CODES = [
  "required", "too_long", "phone", "email", "contact_required", "date", "birth_date_range", "consent_required", "integer", "out_of_range", "amount",
  "unknown_model", "unknown_region", "experience_too_long", "too_many", "erased", "erase_confirm", "invalid_calculation", "invalid",
  "unauthenticated", "forbidden", "not_found", "conflict", "end_before_start", "not_quoted", "claims",
  "cancel_confirm", "policy_cancelled",
] as const;

export function errorMessages(te: Translate): Record<string, string> {
  return Object.fromEntries(ERROR_CODES.map((code) => [code, te(code)]));
}

export function clientFormLabels(t: Translate, mode: "new" | "edit"): ClientFormLabels {
  return {
    name: t("name"),
    phone: t("phone"),
    phoneHint: t("phoneHint"),
    email: t("email"),
    birthDate: t("birthDate"),
    birthDateHint: t("birthDateHint"),
    notes: t("notes"),
    notesHint: t("notesHint"),
    consents: t("consents"),
    consentProcessing: t("consentProcessing"),
    consentTransfer: t("consentTransfer"),
    submit: mode === "new" ? t("create") : t("save"),
    pending: mode === "new" ? t("creating") : t("saving"),
    saved: t("saved"),
    fixErrors: t("fixErrors"),
  };
}

export function consentTextsIn(locale: string) {
  const lang = locale === "en" ? "en" : "ru";
  return {
    processing: { text: CONSENT_TEXTS.processing[lang], version: CONSENT_TEXTS.processing.version },
    transfer: { text: CONSENT_TEXTS.transfer[lang], version: CONSENT_TEXTS.transfer.version },
  };
}
