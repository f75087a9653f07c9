/**
 * Renewals on the database: recording a bought policy (field errors, nothing half-written), the
 * list's buckets by agent and agency, the renewal re-quote (rolled forward, priced, saved linked
 * to last year's calculation), the CSV export and the calendar feed's token. PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createClient } from "@/lib/agent/clients.server";
import { getCalculationView, saveCalculation } from "@/lib/agent/calculations.server";
import { requireAgent, type AgentActor } from "@/lib/agent/access.server";
import { listRenewals, recordPolicy, renewalsCsv, requotePolicy } from "@/lib/agent/policies.server";
import { calendarPoliciesForToken, regenerateCalendarToken, revokeCalendarToken } from "@/lib/agent/calendar-feed.server";
import { auditLog, calendarFeedTokens, policies, type User } from "@/lib/db/schema";
import type { TQuoteRequest } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, CTX, NOW, QUERY, snapshot, type AgentFixture } from "./helpers";

async function calculationOf(f: AgentFixture, owner: User, name = "Иван Петров", query = QUERY) {
  const created = await createClient(f.db, actor(owner), { name, phone: "+7 900 123-45-67", consentProcessing: "on" }, CTX);
  if (!created.ok) throw new Error(created.message);
  const saved = await saveCalculation(f.db, actor(owner), { clientId: created.client.id, query }, NOW);
  if (!saved.ok) throw new Error(saved.message);
  return saved.calculation;
}

const firstInsurer = (c: { response: unknown }) => (c.response as { quotes: { insurerId: string; premium: string }[] }).quotes[0]!;

async function agentOf(f: AgentFixture, user: User): Promise<AgentActor> {
  const access = await requireAgent(f.db, actor(user));
  if (!access.ok) throw new Error("setup");
  return access.agent;
}

for (const backend of BACKENDS) {
  describe(`renewals (${backend})`, () => {
    let f: AgentFixture;
    beforeAll(async () => {
      f = await agentFixture(backend);
    }, 120_000);
    afterAll(() => f?.database.close());

    it("records a bought policy with an audit entry; bad fields come back as field errors and nothing is written", async () => {
      const calc = await calculationOf(f, f.owner);
      const before = await snapshot(f.db);
      const bad = await recordPolicy(f.db, actor(f.owner), { calculationId: calc.id, insurerId: "nobody", premiumPaid: "-5", startDate: "2026-13-01", endDate: "x" }, NOW);
      expect(bad).toMatchObject({ ok: false, status: 400 });
      if (!bad.ok) expect(bad.issues.map((i) => `${i.path}:${i.message}`).sort()).toEqual(["endDate:date", "premiumPaid:amount", "startDate:date"]);
      const reversed = await recordPolicy(f.db, actor(f.owner), { calculationId: calc.id, insurerId: firstInsurer(calc).insurerId, premiumPaid: "45000", startDate: "2026-12-01", endDate: "2026-11-30" }, NOW);
      expect(reversed).toMatchObject({ ok: false, issues: [{ path: "endDate", message: "end_before_start" }] });
      const notQuoted = await recordPolicy(f.db, actor(f.owner), { calculationId: calc.id, insurerId: "nobody", premiumPaid: "45 000,50", startDate: "2026-12-01", endDate: "2027-11-30" }, NOW);
      expect(notQuoted).toMatchObject({ ok: false, issues: [{ path: "insurerId", message: "not_quoted" }] });
      expect(await snapshot(f.db)).toBe(before);

      const ok = await recordPolicy(f.db, actor(f.owner), { calculationId: calc.id, insurerId: firstInsurer(calc).insurerId, premiumPaid: "45 000,50", startDate: "2026-12-01", endDate: "2027-11-30" }, NOW);
      expect(ok).toMatchObject({ ok: true, status: 201, policy: { premiumPaid: "45000.50", agentId: f.owner.id, clientId: calc.clientId, endDate: "2027-11-30" } });
      if (!ok.ok) return;
      const audit = await f.db.select().from(auditLog).where(eq(auditLog.action, "policy.record"));
      expect(audit.at(-1)!.details).toEqual({ agencyId: f.agencyA, calculationId: calc.id, policyId: ok.policy.id });
    });

    it("lists policies by bucket: own for an agent, the agency's for a head, nothing beyond 60 days", async () => {
      const ends = ["2026-11-20", "2026-12-01", "2026-12-20", "2027-01-15", "2027-03-01"];
      const ids: number[] = [];
      for (const end of ends) {
        const calc = await calculationOf(f, f.colleague, `Клиент ${end}`);
        const r = await recordPolicy(f.db, actor(f.colleague), { calculationId: calc.id, insurerId: firstInsurer(calc).insurerId, premiumPaid: "40000", startDate: "2026-01-01", endDate: end }, NOW);
        if (!r.ok) throw new Error(r.message);
        ids.push(r.policy.id);
      }
      const mine = await listRenewals(f.db, await agentOf(f, f.colleague), NOW);
      const of = (rows: typeof mine) => rows.filter((r) => ids.includes(r.policy.id)).map((r) => [r.policy.endDate, r.bucket]);
      expect(of(mine)).toEqual([["2026-11-20", "overdue"], ["2026-12-01", "14"], ["2026-12-20", "30"], ["2027-01-15", "60"]]);
      expect(of(await listRenewals(f.db, await agentOf(f, f.head), NOW))).toHaveLength(4);
      expect(of(await listRenewals(f.db, await agentOf(f, f.owner), NOW))).toEqual([]);
      expect(of(await listRenewals(f.db, await agentOf(f, f.foreign), NOW))).toEqual([]);
      // Each row carries the suggested insured value: 1 200 000 ₽ for a new car, less 20 %.
      expect(mine.find((r) => r.policy.id === ids[0])!.suggestedValue).toBe("960000");

      const csv = renewalsCsv(mine.filter((r) => ids.includes(r.policy.id)), "ru");
      expect(csv.startsWith("\uFEFFСрок,Окончание,Клиент")).toBe(true);
      expect(csv.split("\r\n")).toHaveLength(6);
      expect(csv).toContain("просрочен,2026-11-20,Клиент 2026-11-20,Коллега,");
    });

    it("escapes a client name a spreadsheet would run as a formula", async () => {
      const calc = await calculationOf(f, f.owner, "=HYPERLINK(\"http://x\";\"a\")");
      const r = await recordPolicy(f.db, actor(f.owner), { calculationId: calc.id, insurerId: firstInsurer(calc).insurerId, premiumPaid: "40000", startDate: "2026-01-01", endDate: "2026-12-10" }, NOW);
      if (!r.ok) throw new Error(r.message);
      const rows = (await listRenewals(f.db, await agentOf(f, f.owner), NOW)).filter((x) => x.policy.id === r.policy.id);
      expect(renewalsCsv(rows, "en").split("\r\n")[1]).toContain(`"'=HYPERLINK(""http://x"";""a"")"`);
    });

    it("re-quotes for next year: rolled forward, priced at every insurer, saved linked to last year's calculation", async () => {
      const calc = await calculationOf(f, f.owner);
      const r = await recordPolicy(f.db, actor(f.owner), { calculationId: calc.id, insurerId: firstInsurer(calc).insurerId, premiumPaid: "40000", startDate: "2026-12-01", endDate: "2027-11-30" }, NOW);
      if (!r.ok) throw new Error(r.message);
      const bad = await requotePolicy(f.db, actor(f.owner), { id: r.policy.id, insuredValue: "5", claims: "x" }, NOW);
      expect(bad).toMatchObject({ ok: false, status: 400 });
      if (!bad.ok) expect(bad.issues.map((i) => i.path).sort()).toEqual(["claims"]);
      const tooLow = await requotePolicy(f.db, actor(f.owner), { id: r.policy.id, insuredValue: "5", claims: "0" }, NOW);
      expect(tooLow).toMatchObject({ ok: false, status: 400, issues: [{ path: "insuredValue", message: "out_of_range" }] });

      const done = await requotePolicy(f.db, actor(f.owner), { id: r.policy.id, insuredValue: "980 000", claims: "1" }, NOW);
      expect(done).toMatchObject({ ok: true, status: 201 });
      if (!done.ok) return;
      const request = done.calculation.request as TQuoteRequest;
      const last = calc.request as TQuoteRequest;
      expect(request.policyStart).toBe("2027-12-01");
      expect(request.vehicle.price).toBe("980000");
      expect(request.drivers.map((d) => [d.age, d.experienceYears])).toEqual(last.drivers.map((d) => [d.age + 1, d.experienceYears + 1]));
      expect(request.bonusMalusClass).toBe("1"); // class 3 with one claim
      expect(done.calculation.requoteOfId).toBe(calc.id);
      const [stored] = await f.db.select().from(policies).where(eq(policies.id, r.policy.id));
      expect(stored!.renewalCalculationId).toBe(done.calculation.id);
      const view = await getCalculationView(f.db, actor(f.owner), { id: done.calculation.id }, NOW);
      if (!view.ok) throw new Error("view");
      const change = view.view.previous!.changes.find((c) => c.insurerId === firstInsurer(calc).insurerId)!;
      expect(change.before).toBe(firstInsurer(calc).premium);
      expect(change.after).not.toBeNull();
    });

    it("the calendar feed: only the token's agent's policies; a new token replaces the old, revoking ends it; only a hash is stored", async () => {
      const calc = await calculationOf(f, f.head, "Клиент руководителя");
      const r = await recordPolicy(f.db, actor(f.head), { calculationId: calc.id, insurerId: firstInsurer(calc).insurerId, premiumPaid: "40000", startDate: "2026-01-01", endDate: "2026-12-31" }, NOW);
      if (!r.ok) throw new Error(r.message);
      expect(await regenerateCalendarToken(f.db, null, NOW)).toMatchObject({ status: 401 });
      expect(await regenerateCalendarToken(f.db, actor(f.editor), NOW)).toMatchObject({ status: 403 });
      expect(await revokeCalendarToken(f.db, actor(f.admin), NOW)).toMatchObject({ status: 403 });
      const first = await regenerateCalendarToken(f.db, actor(f.head), NOW);
      if (!first.ok) throw new Error("token");
      const [row] = await f.db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, f.head.id));
      expect(row!.tokenHash).not.toContain(first.token);
      expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      const feed = await calendarPoliciesForToken(f.db, first.token, "2026-11-22");
      // A head's feed is their own book, not the agency's.
      expect(feed!.map((p) => p.clientName)).toEqual(["Клиент руководителя"]);
      const second = await regenerateCalendarToken(f.db, actor(f.head), NOW);
      if (!second.ok) throw new Error("token");
      expect(await calendarPoliciesForToken(f.db, first.token, "2026-11-22")).toBeNull();
      expect(await calendarPoliciesForToken(f.db, second.token, "2026-11-22")).toHaveLength(1);
      expect(await revokeCalendarToken(f.db, actor(f.head), NOW)).toMatchObject({ ok: true });
      expect(await calendarPoliciesForToken(f.db, second.token, "2026-11-22")).toBeNull();
      expect(await calendarPoliciesForToken(f.db, "short", "2026-11-22")).toBeNull();
    });
  });
}
