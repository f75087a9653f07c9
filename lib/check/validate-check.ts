import type { Catalog } from "@/lib/catalog";
import { fieldOfIssue, formToRequest } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";
import { parseQuoteRequest, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { parsePaid, type CheckFields } from "./check-params";

/** Field id → message key of the Check namespace, or the schema's own message. */
export type CheckFieldErrors = Record<string, { key?: string; message: string }>;

export type ValidCheck = { ok: true; request: TQuoteRequest; insurerId: string; paid: string } | { ok: false; errors: CheckFieldErrors };

/**
 * The check's form validated: the insurer (one the library prices), the premium paid, the start
 * date (required: it chooses the edition) and the conditions with the API's own schema. Every
 * bad field at once. Pure: the library and today are arguments.
 */
export function validateCheck(form: FormState, fields: CheckFields, library: RateBookLibrary, catalog: Catalog, today: string): ValidCheck {
  const errors: CheckFieldErrors = {};
  if (!fields.insurer) errors.insurer = { key: "insurerRequired", message: "choose the insurer" };
  else if (!library.has(fields.insurer)) errors.insurer = { key: "insurerUnknown", message: "unknown insurer" };
  const paid = parsePaid(fields.paid);
  if (!paid.ok) errors.paid = { key: `paid.${paid.error}`, message: paid.error };
  if (!form.start.trim()) errors.start = { key: "startRequired", message: "the policy start date is required" };
  const parsed = parseQuoteRequest(formToRequest(form, catalog), catalog, today);
  if (!parsed.ok) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfIssue(issue.path);
      errors[field] ??= { message: issue.message };
    }
  }
  if (!parsed.ok || !paid.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: parsed.request, insurerId: fields.insurer, paid: paid.paid };
}
