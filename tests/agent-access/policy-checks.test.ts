/**
 * Policy checks saved for clients, on the database: saved with the inputs, the editions used and
 * the whole result (exactly what the check gives), field errors with nothing written, the
 * calculation it came from must be the client's, shown as saved even after the tariff changes
 * (never re-priced), listed with the client, and kept without personal data when the client is
 * erased. PGlite, and PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { catalog } from "@/lib/catalog";
import { createClient, eraseClient, withdrawConsent } from "@/lib/agent/clients.server";
import { saveCalculation } from "@/lib/agent/calculations.server";
import { checksOfClient, getCheckView, saveCheck } from "@/lib/agent/policy-checks.server";
import { checkPolicy } from "@/lib/check/check-policy";
import { loadPublishedLibrary } from "@/lib/db/published-library.server";
import { auditLog, policyChecks, rateBookVersions, type User } from "@/lib/db/schema";
import type { TQuoteRequest } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, CTX, NOW, QUERY, snapshot, type AgentFixture } from "./helpers";

async function clientWithCalculation(f: AgentFixture, owner: User, name = "Иван Петров") {
  const created = await createClient(f.db, actor(owner), { name, phone: "+7 900 123-45-67", consentProcessing: "on" }, CTX);
  if (!created.ok) throw new Error(created.message);
  const saved = await saveCalculation(f.db, actor(owner), { clientId: created.client.id, query: QUERY }, NOW);
  if (!saved.ok) throw new Error(saved.message);
  const quote = (saved.calculation.response as { quotes: { insurerId: string; premium: string }[] }).quotes[0]!;
  return { client: created.client, calculation: saved.calculation, quote };
}

for (const backend of BACKENDS) {
  describe(`policy checks saved for clients (${backend})`, () => {
    let f: AgentFixture;
    beforeAll(async () => {
      f = await agentFixture(backend);
    }, 120_000);
    afterAll(() => f?.database.close());

    it("saves the inputs, the editions and exactly the check's result, with the agent and the time; audited", async () => {
      const { client, calculation, quote } = await clientWithCalculation(f, f.owner);
      const query = `${QUERY}&ins=${quote.insurerId}&paid=${quote.premium}`;
      const saved = await saveCheck(f.db, actor(f.owner), { clientId: client.id, calculationId: calculation.id, query }, NOW);
      expect(saved).toMatchObject({ ok: true, status: 201 });
      if (!saved.ok) return;
      const row = saved.check;
      expect(row).toMatchObject({ agentId: f.owner.id, checkedBy: f.owner.id, agencyId: f.agencyA, clientId: client.id, calculationId: calculation.id, insurerId: quote.insurerId, policyStart: "2026-12-01", paid: quote.premium, checkedAt: NOW });
      expect(row.request).toEqual(calculation.request);
      const expected = checkPolicy({ request: calculation.request as TQuoteRequest, insurerId: quote.insurerId, paid: quote.premium, today: "2026-11-22" }, await loadPublishedLibrary(f.db), catalog);
      expect(row.result).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(expected).toMatchObject({ kind: "checked", verdict: "matches" });
      // This calculation has no franchise: the check found savings (a skipped discount).
      if (expected.kind === "checked") expect(expected.savings.length).toBeGreaterThan(0);
      const editions = row.editions as { insurerId: string; versionId: number | null; role: string }[];
      expect(editions.filter((e) => e.role === "checked")).toEqual([expect.objectContaining({ insurerId: quote.insurerId, versionId: expect.any(Number) })]);
      expect(editions.some((e) => e.role === "other")).toBe(true);
      expect(editions.every((e) => e.versionId !== null)).toBe(true);
      const [audit] = await f.db.select().from(auditLog).where(and(eq(auditLog.action, "policy_check.save"), eq(auditLog.userId, f.owner.id)));
      expect(audit!.details).toEqual({ agencyId: f.agencyA, clientId: client.id, checkId: row.id, calculationId: calculation.id });

      const listed = await checksOfClient(f.db, client.id);
      expect(listed).toEqual([expect.objectContaining({ id: row.id, insurerId: quote.insurerId, paid: quote.premium, outcome: "matches", savings: (expected.kind === "checked" ? expected.savings : []).length })]);
    });

    it("a head saving for an agent's client leaves the check with that agent and records who checked", async () => {
      const { client, quote } = await clientWithCalculation(f, f.owner);
      const saved = await saveCheck(f.db, actor(f.head), { clientId: client.id, query: `${QUERY}&ins=${quote.insurerId}&paid=1000` }, NOW);
      expect(saved).toMatchObject({ ok: true, check: { agentId: f.owner.id, checkedBy: f.head.id, calculationId: null } });
      if (!saved.ok) return;
      const view = await getCheckView(f.db, actor(f.owner), { id: saved.check.id });
      expect(view).toMatchObject({ ok: true, view: { agentName: "Владелец", checkedByName: "Руководитель", clientName: "Иван Петров", result: { kind: "checked", verdict: "lower" } } });
    });

    it("bad fields come back field by field and nothing is written", async () => {
      const { client, calculation } = await clientWithCalculation(f, f.owner);
      const before = await snapshot(f.db);
      const bad = await saveCheck(f.db, actor(f.owner), { clientId: client.id, query: "model=mazda-3&year=2026&price=1200000&region=38&d=30_5_m_y_y&ins=nobody&paid=abc" }, NOW);
      expect(bad).toMatchObject({ ok: false, status: 400 });
      if (!bad.ok) expect(bad.issues.map((i) => `${i.path}:${i.message}`).sort()).toEqual(["insurer:insurerUnknown", "paid:paid.invalid", "start:startRequired"]);
      const notQuery = await saveCheck(f.db, actor(f.owner), { clientId: client.id, query: 42 }, NOW);
      expect(notQuery).toMatchObject({ ok: false, status: 400, issues: [{ path: "query" }] });
      const other = await clientWithCalculation(f, f.owner, "Другой клиент");
      const wrongCalc = await saveCheck(f.db, actor(f.owner), { clientId: client.id, calculationId: other.calculation.id, query: `${QUERY}&ins=${other.quote.insurerId}&paid=1000` }, NOW);
      expect(wrongCalc).toMatchObject({ ok: false, status: 400, issues: [{ path: "calculationId" }] });
      expect(calculation.clientId).toBe(client.id);
      // The other client's calculation was saved after the snapshot; nothing else changed.
      expect(await f.db.select().from(policyChecks).where(eq(policyChecks.clientId, client.id))).toHaveLength(0);
      expect(JSON.parse(await snapshot(f.db)).checks).toEqual(JSON.parse(before).checks);
    });

    it("is shown exactly as saved after the tariff it used is withdrawn: never re-priced", async () => {
      const { client, quote } = await clientWithCalculation(f, f.owner);
      const saved = await saveCheck(f.db, actor(f.owner), { clientId: client.id, query: `${QUERY}&ins=${quote.insurerId}&paid=${quote.premium}` }, NOW);
      if (!saved.ok) throw new Error(saved.message);
      const checked = (saved.check.editions as { role: string; versionId: number }[]).find((e) => e.role === "checked")!;
      // Take the edition out of the published set: a new check would now find no edition.
      await f.db.update(rateBookVersions).set({ status: "discarded" }).where(eq(rateBookVersions.id, checked.versionId));
      try {
        const view = await getCheckView(f.db, actor(f.owner), { id: saved.check.id });
        expect(view.ok && view.view.result).toEqual(saved.check.result);
        expect(view).toMatchObject({ ok: true, view: { result: { kind: "checked", tariff: quote.premium } } });
        const again = await saveCheck(f.db, actor(f.owner), { clientId: client.id, query: saved.check.query }, NOW);
        expect(again).toMatchObject({ ok: true, check: { result: { kind: "no-edition" } } });
      } finally {
        await f.db.update(rateBookVersions).set({ status: "published" }).where(eq(rateBookVersions.id, checked.versionId));
      }
    });

    it("refuses an erased client or one without consent; erasing keeps the checks, which hold no personal data", async () => {
      const { client, quote } = await clientWithCalculation(f, f.owner, "Пётр Стиратель");
      const query = `${QUERY}&ins=${quote.insurerId}&paid=${quote.premium}`;
      const saved = await saveCheck(f.db, actor(f.owner), { clientId: client.id, query }, NOW);
      if (!saved.ok) throw new Error(saved.message);
      await withdrawConsent(f.db, actor(f.owner), { clientId: client.id, kind: "processing" }, CTX);
      expect(await saveCheck(f.db, actor(f.owner), { clientId: client.id, query }, NOW)).toMatchObject({ ok: false, status: 409, issues: [{ message: "consent_required" }] });
      const erased = await eraseClient(f.db, actor(f.owner), { id: client.id, confirm: "erase" }, CTX);
      expect(erased.ok).toBe(true);
      expect(await saveCheck(f.db, actor(f.owner), { clientId: client.id, query }, NOW)).toMatchObject({ ok: false, status: 409, issues: [{ message: "erased" }] });
      const [kept] = await f.db.select().from(policyChecks).where(eq(policyChecks.id, saved.check.id));
      expect(kept).toEqual(saved.check);
      expect(JSON.stringify(kept)).not.toMatch(/Пётр|Стиратель|900/);
      const view = await getCheckView(f.db, actor(f.owner), { id: saved.check.id });
      expect(view).toMatchObject({ ok: true, view: { clientName: null, clientErased: true } });
    });
  });
}
