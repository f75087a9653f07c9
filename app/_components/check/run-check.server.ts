import "server-only";
import { getQuoteContext } from "@/lib/api/quote-context.server";
import { parseQuoteRequest, type RateBookLibrary } from "@/lib/rating";
import { checkPolicy, type PolicyCheck } from "@/lib/check/check-policy";
import { parsePaid, type CheckFields } from "@/lib/check/check-params";
import { fieldOfIssue, formToRequest } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";

export interface InsurerChoice {
  id: string;
  name: { ru: string; en: string };
}

export type CheckRun =
  | { ok: true; check: PolicyCheck }
  /** Field id → message key of the Check namespace, or the schema's own message. */
  | { ok: false; errors: Record<string, { key?: string; message: string }> };

/** Every insurer with at least one published edition, by name. */
export function insurerChoices(library: RateBookLibrary): InsurerChoice[] {
  const out: InsurerChoice[] = [];
  for (const [id, editions] of library) if (editions[0]) out.push({ id, name: editions[0].insurerName });
  return out.sort((a, b) => a.name.ru.localeCompare(b.name.ru, "ru"));
}

/** The check form validated (the conditions with the API's own schema) and, when valid, the check. */
export async function runCheck(form: FormState, fields: CheckFields): Promise<CheckRun & { insurers: InsurerChoice[] }> {
  const ctx = await getQuoteContext();
  const insurers = insurerChoices(ctx.library);
  const errors: Record<string, { key?: string; message: string }> = {};
  if (!fields.insurer) errors.insurer = { key: "insurerRequired", message: "choose the insurer" };
  else if (!ctx.library.has(fields.insurer)) errors.insurer = { key: "insurerUnknown", message: "unknown insurer" };
  const paid = parsePaid(fields.paid);
  if (!paid.ok) errors.paid = { key: `paid.${paid.error}`, message: paid.error };
  if (!form.start.trim()) errors.start = { key: "startRequired", message: "the policy start date is required" };
  const parsed = parseQuoteRequest(formToRequest(form, ctx.catalog), ctx.catalog, ctx.today);
  if (!parsed.ok) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfIssue(issue.path);
      errors[field] ??= { message: issue.message };
    }
  }
  if (!parsed.ok || !paid.ok || Object.keys(errors).length > 0) return { ok: false, errors, insurers };
  return { ok: true, check: checkPolicy({ request: parsed.request, insurerId: fields.insurer, paid: paid.paid, today: ctx.today }, ctx.library, ctx.catalog), insurers };
}
