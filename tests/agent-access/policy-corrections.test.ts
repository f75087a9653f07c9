/**
 * Correcting and cancelling a recorded policy, on the database: the premium and dates corrected
 * with field errors and nothing half-written, each change audited with its old and new value;
 * a cancelled policy leaves the renewals list, the CSV, the reminders feed and the renewals'
 * price alerts, and can be changed no more. PGlite, and PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { requireAgent } from "@/lib/agent/access.server";
import { createClient } from "@/lib/agent/clients.server";
import { saveCalculation } from "@/lib/agent/calculations.server";
import { calendarPoliciesForToken, regenerateCalendarToken } from "@/lib/agent/calendar-feed.server";
import { cancelPolicy, correctPolicy, listRenewals, recordPolicy, renewalsCsv, requotePolicy } from "@/lib/agent/policies.server";
import { auditLog, policies, type User } from "@/lib/db/schema";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, CTX, NOW, QUERY, snapshot, type AgentFixture } from "./helpers";

async function policyOf(f: AgentFixture, owner: User, name: string, endDate = "2026-12-20") {
  const created = await createClient(f.db, actor(owner), { name, phone: "+7 900 123-45-67", consentProcessing: "on" }, CTX);
  if (!created.ok) throw new Error(created.message);
  const saved = await saveCalculation(f.db, actor(owner), { clientId: created.client.id, query: QUERY }, NOW);
  if (!saved.ok) throw new Error(saved.message);
  const insurerId = (saved.calculation.response as { quotes: { insurerId: string }[] }).quotes[0]!.insurerId;
  const recorded = await recordPolicy(f.db, actor(owner), { calculationId: saved.calculation.id, insurerId, premiumPaid: "45000", startDate: "2025-12-21", endDate }, NOW);
  if (!recorded.ok) throw new Error(recorded.message);
  return recorded.policy;
}

for (const backend of BACKENDS) {
  describe(`correcting and cancelling a policy (${backend})`, () => {
    let f: AgentFixture;
    beforeAll(async () => {
      f = await agentFixture(backend);
    }, 120_000);
    afterAll(() => f?.database.close());

    it("corrects the premium and the dates; the audit log keeps each change's old and new value", async () => {
      const policy = await policyOf(f, f.owner, "Исправляемый клиент");
      const before = await snapshot(f.db);
      const bad = await correctPolicy(f.db, actor(f.owner), { id: policy.id, premiumPaid: "0", startDate: "2026-02-30", endDate: "" }, NOW);
      expect(bad).toMatchObject({ ok: false, status: 400 });
      if (!bad.ok) expect(bad.issues.map((i) => `${i.path}:${i.message}`).sort()).toEqual(["endDate:date", "premiumPaid:amount", "startDate:date"]);
      expect(await correctPolicy(f.db, actor(f.owner), { id: policy.id, premiumPaid: "45000", startDate: "2026-12-21", endDate: "2026-12-20" }, NOW)).toMatchObject({ ok: false, issues: [{ path: "endDate", message: "end_before_start" }] });
      expect(await snapshot(f.db)).toBe(before);

      const same = await correctPolicy(f.db, actor(f.owner), { id: policy.id, premiumPaid: "45 000,00", startDate: policy.startDate, endDate: policy.endDate }, NOW);
      expect(same).toMatchObject({ ok: true, changed: [] });
      expect(await snapshot(f.db)).toBe(before);

      const done = await correctPolicy(f.db, actor(f.head), { id: policy.id, premiumPaid: "43 950,50", startDate: policy.startDate, endDate: "2026-12-25" }, NOW);
      expect(done).toMatchObject({ ok: true, status: 200, changed: ["premiumPaid", "endDate"], policy: { premiumPaid: "43950.50", endDate: "2026-12-25", startDate: "2025-12-21" } });
      const [stored] = await f.db.select().from(policies).where(eq(policies.id, policy.id));
      expect(stored).toMatchObject({ premiumPaid: "43950.50", endDate: "2026-12-25", cancelledAt: null });
      const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.action, "policy.correct"), eq(auditLog.userId, f.head.id)));
      expect(audit.map((a) => a.details)).toEqual([{ agencyId: f.agencyA, policyId: policy.id, changes: { premiumPaid: { from: "45000.00", to: "43950.50" }, endDate: { from: "2026-12-20", to: "2026-12-25" } } }]);
      // The renewals list shows the corrected figures.
      const agent = await requireAgent(f.db, actor(f.owner));
      if (!agent.ok) throw new Error("setup");
      const row = (await listRenewals(f.db, agent.agent, NOW)).find((r) => r.policy.id === policy.id);
      expect(row).toMatchObject({ bucket: "60", policy: { premiumPaid: "43950.50", endDate: "2026-12-25" } });
    });

    it("a cancelled policy leaves the renewals list, its CSV, the reminders feed and the price alerts' renewals, and cannot be changed again", async () => {
      const kept = await policyOf(f, f.colleague, "Остающийся клиент", "2026-12-10");
      const cancelled = await policyOf(f, f.colleague, "Отменённый клиент", "2026-12-11");
      const token = await regenerateCalendarToken(f.db, actor(f.colleague), NOW);
      if (!token.ok) throw new Error("token");
      const agent = await requireAgent(f.db, actor(f.colleague));
      if (!agent.ok) throw new Error("setup");
      const listed = async () => (await listRenewals(f.db, agent.agent, NOW)).filter((r) => [kept.id, cancelled.id].includes(r.policy.id)).map((r) => r.policy.id);
      const fed = async () => (await calendarPoliciesForToken(f.db, token.token, "2026-11-22"))!.map((p) => p.id);
      expect(await listed()).toEqual([kept.id, cancelled.id]);
      expect(await fed()).toEqual([kept.id, cancelled.id]);

      const done = await cancelPolicy(f.db, actor(f.colleague), { id: cancelled.id }, NOW);
      expect(done).toMatchObject({ ok: true, status: 200, policy: { cancelledBy: f.colleague.id, cancelledAt: NOW } });
      const [audit] = await f.db.select().from(auditLog).where(eq(auditLog.action, "policy.cancel"));
      expect(audit!.details).toEqual({ agencyId: f.agencyA, policyId: cancelled.id });

      expect(await listed()).toEqual([kept.id]);
      expect(await fed()).toEqual([kept.id]);
      const csv = renewalsCsv(await listRenewals(f.db, agent.agent, NOW), "ru");
      expect(csv).toContain("Остающийся клиент");
      expect(csv).not.toContain("Отменённый клиент");

      const before = await snapshot(f.db);
      expect(await cancelPolicy(f.db, actor(f.colleague), { id: cancelled.id }, NOW)).toMatchObject({ ok: false, status: 409, issues: [{ message: "policy_cancelled" }] });
      expect(await correctPolicy(f.db, actor(f.colleague), { id: cancelled.id, premiumPaid: "1000", startDate: "2025-12-21", endDate: "2026-12-11" }, NOW)).toMatchObject({ ok: false, status: 409 });
      expect(await requotePolicy(f.db, actor(f.colleague), { id: cancelled.id, insuredValue: "1000000", claims: "0" }, NOW)).toMatchObject({ ok: false, status: 409 });
      expect(await snapshot(f.db)).toBe(before);
    });
  });
}
