import "server-only";
import { getPricingContext } from "@/lib/server/pricing-context.server";
import type { RateBookLibrary } from "@/lib/rating";
import { checkPolicy, type PolicyCheck } from "@/lib/check/check-policy";
import type { CheckFields } from "@/lib/check/check-params";
import { validateCheck, type CheckFieldErrors } from "@/lib/check/validate-check";
import type { FormState } from "@/lib/form/form-state";

export interface InsurerChoice {
  id: string;
  name: { ru: string; en: string };
}

export type CheckRun = { ok: true; check: PolicyCheck } | { ok: false; errors: CheckFieldErrors };

/** Every insurer with at least one published edition, by name. */
export function insurerChoices(library: RateBookLibrary): InsurerChoice[] {
  const out: InsurerChoice[] = [];
  for (const [id, editions] of library) if (editions[0]) out.push({ id, name: editions[0].insurerName });
  return out.sort((a, b) => a.name.ru.localeCompare(b.name.ru, "ru"));
}

/** The check form validated (the conditions with the API's own schema) and, when valid, the check. */
export async function runCheck(form: FormState, fields: CheckFields): Promise<CheckRun & { insurers: InsurerChoice[] }> {
  const ctx = await getPricingContext();
  const insurers = insurerChoices(ctx.library);
  const valid = validateCheck(form, fields, ctx.library, ctx.catalog, ctx.today);
  if (!valid.ok) return { ok: false, errors: valid.errors, insurers };
  return { ok: true, check: checkPolicy({ request: valid.request, insurerId: valid.insurerId, paid: valid.paid, today: ctx.today }, ctx.library, ctx.catalog), insurers };
}
