// The agent's book of policies and its renewals: recording that a client bought a policy from a
// saved calculation, the list of policies ending soon (own, or the agency's for a head), the
// renewal re-quote (last year's request rolled forward one year, priced at every insurer and
// saved as a calculation linked to last year's) and the list as CSV.
// See docs/decisions/0014-renewals.md.
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import * as z from "zod";
import { loadCatalog } from "@/lib/db/catalog.server";
import { todayIso } from "@/lib/clock";
import { escapeCsvCell } from "@/lib/csv/formula-escape";
import type { Db } from "@/lib/db/client.server";
import { auditLog, clients, insurers, policies, savedCalculations, users, type Policy, type SavedCalculation } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult, type Failure } from "@/lib/editor/actions/result";
import { parseId } from "@/lib/editor/actions/parse-input";
import { parseQuoteRequest, type ComparisonResponse, type TQuoteRequest } from "@/lib/rating";
import { Decimal } from "@/lib/rating/decimal";
import { canSee, loadCalculationForUser, requireAgent, type AgentActor } from "./access.server";
import { clientConsentInForce, priceAndStore } from "./calculations.server";
import { addYears, rollForward, suggestInsuredValue } from "./roll-forward";

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const isoDate = z.iso.date({ error: "date" });

const premiumPaid = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s/g, "").replace(",", "."))
  .refine((s) => MONEY.test(s) && new Decimal(s).gt(0), { error: "amount" });

/** The end after the start, checked only when both are dates (else each has its own error). */
const endAfterStart = (p: { startDate: string; endDate: string }) => !(isoDate.safeParse(p.startDate).success && isoDate.safeParse(p.endDate).success) || p.endDate > p.startDate;

const ZRecordPolicy = z
  .object({ insurerId: z.string().min(1, { error: "required" }).max(100), premiumPaid, startDate: isoDate, endDate: isoDate })
  .refine(endAfterStart, { path: ["endDate"], error: "end_before_start" });

const ZCorrectPolicy = z.object({ premiumPaid, startDate: isoDate, endDate: isoDate }).refine(endAfterStart, { path: ["endDate"], error: "end_before_start" });

/**
 * Records that the client bought a policy from a saved calculation (one of the insurers it
 * priced). The policy belongs to the calculation's agent and client. Audited. 201.
 */
export async function recordPolicy(db: Db, user: Actor | null, input: { calculationId: unknown; insurerId: unknown; premiumPaid: unknown; startDate: unknown; endDate: unknown }, now: Date): Promise<ActionResult<{ policy: Policy }>> {
  const loaded = await loadCalculationForUser(db, user, input.calculationId);
  if (!loaded.ok) return loaded;
  const calc = loaded.record;
  const parsed = ZRecordPolicy.safeParse({ insurerId: input.insurerId, premiumPaid: input.premiumPaid, startDate: input.startDate, endDate: input.endDate });
  if (!parsed.success) return fail("invalid", "Проверьте поля полиса.", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const response = calc.response as ComparisonResponse;
  if (!response.quotes.some((q) => q.insurerId === parsed.data.insurerId)) return fail("invalid", "Этот страховщик не рассчитан в этом расчёте.", [{ path: "insurerId", message: "not_quoted" }]);
  const policy = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(policies)
      .values({
        calculationId: calc.id,
        agencyId: calc.agencyId,
        agentId: calc.agentId,
        clientId: calc.clientId,
        insurerId: parsed.data.insurerId,
        premiumPaid: new Decimal(parsed.data.premiumPaid).toFixed(2),
        startDate: parsed.data.startDate,
        endDate: parsed.data.endDate,
        recordedBy: loaded.agent.id,
        recordedAt: now,
      })
      .returning();
    await tx.insert(auditLog).values({ action: "policy.record", userId: loaded.agent.id, details: { agencyId: calc.agencyId, calculationId: calc.id, policyId: row!.id }, at: now });
    return row!;
  });
  return succeed({ policy }, 201);
}

/** Which bucket of the renewals list a policy ending on `endDate` falls in on `today`. */
export type RenewalBucket = "overdue" | "14" | "30" | "60";
export function renewalBucket(endDate: string, today: string): RenewalBucket | null {
  if (endDate < today) return "overdue";
  if (endDate <= addDays(today, 14)) return "14";
  if (endDate <= addDays(today, 30)) return "30";
  if (endDate <= addDays(today, 60)) return "60";
  return null;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface RenewalRow {
  policy: Policy;
  bucket: RenewalBucket;
  clientName: string | null;
  agentName: string;
  insurerName: string;
  insurerNameEn: string;
  /** The insured value suggested for next year (last year's, depreciated one year). */
  suggestedValue: string;
  /** Last year's insured value. */
  lastValue: string;
}

/** Policies ending within 60 days or already ended, not cancelled, the soonest first: own, or the agency's for a head. */
export async function listRenewals(db: Db, agent: AgentActor, now: Date): Promise<RenewalRow[]> {
  const today = todayIso(now);
  const scope = agent.isHead ? eq(policies.agencyId, agent.agencyId) : and(eq(policies.agencyId, agent.agencyId), eq(policies.agentId, agent.id));
  const rows = await db
    .select({ policy: policies, request: savedCalculations.request, clientName: clients.name, agentName: users.name, insurerName: insurers.nameRu, insurerNameEn: insurers.nameEn })
    .from(policies)
    .innerJoin(savedCalculations, eq(savedCalculations.id, policies.calculationId))
    .innerJoin(clients, eq(clients.id, policies.clientId))
    .innerJoin(users, eq(users.id, policies.agentId))
    .innerJoin(insurers, eq(insurers.id, policies.insurerId))
    .where(and(scope, isNull(policies.cancelledAt), lte(policies.endDate, addDays(today, 60))))
    .orderBy(asc(policies.endDate), asc(policies.id))
    .limit(2000);
  return rows.map(({ request, ...r }) => {
    const last = request as TQuoteRequest;
    return { ...r, bucket: renewalBucket(r.policy.endDate, today)!, suggestedValue: suggestInsuredValue(last.vehicle.price, last.vehicle.year, last.policyStart), lastValue: last.vehicle.price };
  });
}

const NOT_FOUND_POLICY = () => fail("not_found", "Такого полиса нет или он вам недоступен.");

/** A policy the user may see, with its calculation, else 401/403/404. */
export async function loadPolicyForUser(db: Db, user: Actor | null, id: unknown): Promise<{ ok: true; agent: AgentActor; policy: Policy; calculation: SavedCalculation } | Failure> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const policyId = parseId(id);
  if (policyId === null) return NOT_FOUND_POLICY();
  const [row] = await db.select({ policy: policies, calculation: savedCalculations }).from(policies).innerJoin(savedCalculations, eq(savedCalculations.id, policies.calculationId)).where(eq(policies.id, policyId)).limit(1);
  if (!row || !canSee(access.agent, row.policy)) return NOT_FOUND_POLICY();
  return { ok: true, agent: access.agent, ...row };
}

const cancelledConflict = () => fail("conflict", "Полис отменён: его нельзя изменить.", [{ path: "", message: "policy_cancelled" }]);

export type PolicyField = "premiumPaid" | "startDate" | "endDate";

/**
 * Corrects what was recorded of a policy: the premium paid and its dates. Only the fields that
 * change are written; the audit log keeps each one's old and new value (figures and dates, no
 * personal data). A cancelled policy cannot be corrected. Field errors as when recording.
 */
export async function correctPolicy(db: Db, user: Actor | null, input: { id: unknown; premiumPaid: unknown; startDate: unknown; endDate: unknown }, now: Date): Promise<ActionResult<{ policy: Policy; changed: PolicyField[] }>> {
  const loaded = await loadPolicyForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  const before = loaded.policy;
  if (before.cancelledAt) return cancelledConflict();
  const parsed = ZCorrectPolicy.safeParse({ premiumPaid: input.premiumPaid, startDate: input.startDate, endDate: input.endDate });
  if (!parsed.success) return fail("invalid", "Проверьте поля полиса.", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const after = { premiumPaid: new Decimal(parsed.data.premiumPaid).toFixed(2), startDate: parsed.data.startDate, endDate: parsed.data.endDate };
  const changed = (["premiumPaid", "startDate", "endDate"] as const).filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return succeed({ policy: before, changed: [] });
  const policy = await db.transaction(async (tx) => {
    const [row] = await tx.update(policies).set(after).where(eq(policies.id, before.id)).returning();
    const changes = Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }]));
    await tx.insert(auditLog).values({ action: "policy.correct", userId: loaded.agent.id, details: { agencyId: before.agencyId, policyId: before.id, changes }, at: now });
    return row!;
  });
  return succeed({ policy, changed: [...changed] });
}

/**
 * Marks a policy cancelled (the client ended it early, or it was recorded by mistake): it stays
 * in the book, marked, and leaves the renewals list, its CSV, the reminders feed and the
 * renewals' price alerts. Audited. Cancelling twice is refused.
 */
export async function cancelPolicy(db: Db, user: Actor | null, input: { id: unknown }, now: Date): Promise<ActionResult<{ policy: Policy }>> {
  const loaded = await loadPolicyForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  if (loaded.policy.cancelledAt) return cancelledConflict();
  const policy = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(policies)
      .set({ cancelledAt: now, cancelledBy: loaded.agent.id })
      .where(and(eq(policies.id, loaded.policy.id), isNull(policies.cancelledAt)))
      .returning();
    if (!row) return null;
    await tx.insert(auditLog).values({ action: "policy.cancel", userId: loaded.agent.id, details: { agencyId: loaded.policy.agencyId, policyId: loaded.policy.id }, at: now });
    return row;
  });
  return policy ? succeed({ policy }) : cancelledConflict();
}

/** The renewal's defaults for the form: the new start date and the suggested insured value. */
export function renewalDefaults(policy: Policy, calculation: SavedCalculation): { policyStart: string; suggestedValue: string; lastValue: string } {
  const request = calculation.request as TQuoteRequest;
  return {
    policyStart: addDays(policy.endDate, 1),
    suggestedValue: suggestInsuredValue(request.vehicle.price, request.vehicle.year, request.policyStart),
    lastValue: request.vehicle.price,
  };
}

const ZRenewal = z.object({
  insuredValue: z
    .string()
    .trim()
    .transform((s) => s.replace(/\s/g, "").replace(",", "."))
    .refine((s) => MONEY.test(s), { error: "amount" }),
  claims: z.coerce.number({ error: "claims" }).int({ error: "claims" }).min(0, { error: "claims" }).max(20, { error: "claims" }),
});

/**
 * The renewal re-quote: last year's request rolled forward one year (start the day after the
 * policy ends, or today if that has passed), with the insured value the agent confirmed and the
 * claims of the year, priced at every insurer and saved as a calculation whose previous is the
 * one the policy was bought from — so its page shows last year's premium per insurer. 201.
 */
export async function requotePolicy(db: Db, user: Actor | null, input: { id: unknown; insuredValue: unknown; claims: unknown }, now: Date): Promise<ActionResult<{ calculation: SavedCalculation }>> {
  const loaded = await loadPolicyForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  const { policy, calculation, agent } = loaded;
  if (policy.cancelledAt) return cancelledConflict();
  const form = ZRenewal.safeParse({ insuredValue: String(input.insuredValue ?? ""), claims: String(input.claims ?? "").trim() === "" ? "0" : input.claims });
  if (!form.success) return fail("invalid", "Проверьте поля продления.", form.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const [client] = await db.select({ erasedAt: clients.erasedAt }).from(clients).where(eq(clients.id, policy.clientId)).limit(1);
  if (!client?.erasedAt && !(await clientConsentInForce(db, policy.clientId))) return fail("conflict", "Нет действующего согласия клиента на обработку персональных данных.", [{ path: "", message: "consent_required" }]);
  const today = todayIso(now);
  const start = addDays(policy.endDate, 1);
  const rolled = rollForward(calculation.request as TQuoteRequest, { policyStart: start < today ? today : start, insuredValue: form.data.insuredValue, claims: form.data.claims });
  const parsed = parseQuoteRequest(rolled, await loadCatalog(db), today);
  if (!parsed.ok) return fail("invalid", "Продление с этими данными рассчитать нельзя.", parsed.error.issues.map((i) => (i.path === "vehicle.price" ? { path: "insuredValue", message: "out_of_range" } : { path: i.path, message: "invalid_calculation" })));
  const saved = await priceAndStore(db, agent, { clientId: policy.clientId, agentId: policy.agentId }, parsed.request, now, calculation.id);
  await db.update(policies).set({ renewalCalculationId: saved.id }).where(eq(policies.id, policy.id));
  return succeed({ calculation: saved }, 201);
}

const BOM = "\uFEFF";
const csvCell = (value: string) => {
  const escaped = escapeCsvCell(value);
  return /[",;\r\n]/.test(escaped) ? `"${escaped.replace(/"/g, '""')}"` : escaped;
};

/** The renewals list as CSV: UTF-8 with a BOM (Excel reads Cyrillic), every cell formula-escaped. */
export function renewalsCsv(rows: RenewalRow[], locale: "ru" | "en"): string {
  const header = locale === "ru" ? ["Срок", "Окончание", "Клиент", "Агент", "Страховщик", "Премия, ₽", "Начало", "Полис №"] : ["Due", "Ends", "Client", "Agent", "Insurer", "Premium, RUB", "Starts", "Policy #"];
  const due: Record<RenewalBucket, [string, string]> = { overdue: ["просрочен", "overdue"], "14": ["14 дней", "14 days"], "30": ["30 дней", "30 days"], "60": ["60 дней", "60 days"] };
  const lines = [header, ...rows.map((r) => [due[r.bucket][locale === "ru" ? 0 : 1], r.policy.endDate, r.clientName ?? "", r.agentName, locale === "ru" ? r.insurerName : r.insurerNameEn, r.policy.premiumPaid, r.policy.startDate, String(r.policy.id)])];
  return BOM + lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export { addYears };
