// The commission table: per agency × insurer, percent of the premium, from an effective date.
// Admins keep it; rows are never changed (a new rate is a new row), so the history stays; every
// change is audited. Agents never call these: they see their commission in rubles on a
// calculation (discounts.server.ts).
import { and, asc, desc, eq, lte } from "drizzle-orm";
import * as z from "zod";
import type { Db } from "@/lib/db/client.server";
import { agencies, auditLog, commissionRates, insurers, users, type CommissionRate } from "@/lib/db/schema";
import { authorize, type Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult } from "@/lib/editor/actions/result";
import { isIsoDate, parseId } from "@/lib/editor/actions/parse-input";
import { normalizeAmount } from "./discount-input";

/** Above this the commission is refused as a typo: no insurer pays half the premium to an agent. */
export const MAX_COMMISSION_PERCENT = 50;

const ZCommissionInput = z.strictObject({
  agencyId: z.unknown(),
  insurerId: z.string().max(64),
  percent: z.string().max(12),
  effectiveFrom: z.string().max(10),
});

/** Sets an agency's commission from an insurer from a date (admin). 201, with the new row. */
export async function setCommission(db: Db, user: Actor | null, input: { agencyId: unknown; insurerId: unknown; percent: unknown; effectiveFrom: unknown }, now: Date): Promise<ActionResult<{ rate: CommissionRate }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const parsed = ZCommissionInput.safeParse({ agencyId: input.agencyId, insurerId: String(input.insurerId ?? ""), percent: String(input.percent ?? ""), effectiveFrom: String(input.effectiveFrom ?? "") });
  if (!parsed.success) return fail("invalid", "Проверьте поля.", parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ""), message: "Слишком длинное значение" })));
  const issues: { path: string; message: string }[] = [];
  const agencyId = parseId(parsed.data.agencyId);
  const [agency] = agencyId === null ? [] : await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId)).limit(1);
  if (!agency) issues.push({ path: "agencyId", message: "Выберите агентство из списка" });
  const [insurer] = await db.select({ id: insurers.id }).from(insurers).where(eq(insurers.id, parsed.data.insurerId)).limit(1);
  if (!insurer) issues.push({ path: "insurerId", message: "Выберите страховщика из списка" });
  const percent = normalizeAmount(parsed.data.percent);
  if (percent === undefined) issues.push({ path: "percent", message: "Введите процент числом, например 15 или 12,5" });
  else if ((percent.split(".")[1] ?? "").length > 2) issues.push({ path: "percent", message: "Не больше двух знаков после запятой" });
  else if (Number(percent) > MAX_COMMISSION_PERCENT) issues.push({ path: "percent", message: `Не больше ${MAX_COMMISSION_PERCENT} %` });
  if (!isIsoDate(parsed.data.effectiveFrom)) issues.push({ path: "effectiveFrom", message: "Дата в формате ГГГГ-ММ-ДД" });
  if (issues.length > 0) return fail("invalid", "Проверьте поля.", issues);
  return db.transaction(async (tx) => {
    const [rate] = await tx
      .insert(commissionRates)
      .values({ agencyId: agency!.id, insurerId: insurer!.id, percent: percent!, effectiveFrom: parsed.data.effectiveFrom, createdBy: user!.id, createdAt: now })
      .returning();
    await tx.insert(auditLog).values({ action: "commission.set", userId: user!.id, insurerId: insurer!.id, details: { agencyId: agency!.id, percent: percent!, effectiveFrom: parsed.data.effectiveFrom, rateId: rate!.id }, at: now });
    return succeed({ rate: rate! }, 201);
  });
}

export interface CommissionRow extends CommissionRate {
  agencyName: string;
  insurerName: string;
  createdByName: string;
}

/** The whole table with its history, newest first within each agency × insurer (admin). */
export async function listCommissions(db: Db, user: Actor | null): Promise<ActionResult<{ rows: CommissionRow[] }>> {
  const denied = authorize(user, "admin");
  if (denied) return denied;
  const rows = await db
    .select({ rate: commissionRates, agencyName: agencies.name, insurerName: insurers.nameRu, createdByName: users.name })
    .from(commissionRates)
    .innerJoin(agencies, eq(agencies.id, commissionRates.agencyId))
    .innerJoin(insurers, eq(insurers.id, commissionRates.insurerId))
    .innerJoin(users, eq(users.id, commissionRates.createdBy))
    .orderBy(asc(agencies.name), asc(insurers.nameRu), desc(commissionRates.effectiveFrom), desc(commissionRates.id));
  return succeed({ rows: rows.map((r) => ({ ...r.rate, agencyName: r.agencyName, insurerName: r.insurerName, createdByName: r.createdByName })) });
}

/** The commission percent in force for an agency and insurer on a day, or null when none is set. No access check: callers have done it. */
export async function commissionInForce(db: Db, agencyId: number, insurerId: string, day: string): Promise<string | null> {
  const [row] = await db
    .select({ percent: commissionRates.percent })
    .from(commissionRates)
    .where(and(eq(commissionRates.agencyId, agencyId), eq(commissionRates.insurerId, insurerId), lte(commissionRates.effectiveFrom, day)))
    .orderBy(desc(commissionRates.effectiveFrom), desc(commissionRates.id))
    .limit(1);
  return row?.percent ?? null;
}
