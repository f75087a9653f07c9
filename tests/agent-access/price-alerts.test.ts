/**
 * Price-change alerts on the database: an edition published after an agent's quotes and renewals
 * were priced raises an alert with the old and new premium per client, computed by the impact
 * analysis, stored once per agent and edition; the agent sees only their own items. PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set. The publication stamps the real clock, so this test
 * runs on it too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { requireAgent } from "@/lib/agent/access.server";
import { createClient } from "@/lib/agent/clients.server";
import { saveCalculation } from "@/lib/agent/calculations.server";
import { cancelPolicy, recordPolicy } from "@/lib/agent/policies.server";
import { alertsFor } from "@/lib/agent/price-alerts.server";
import { todayIso } from "@/lib/clock";
import { createDraft, listVersions, saveDraft } from "@/lib/db/rate-books.server";
import { priceAlerts, type User } from "@/lib/db/schema";
import { publish } from "@/lib/editor/actions/publish.server";
import { Decimal } from "@/lib/rating/decimal";
import type { ComparisonResponse } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, type AgentFixture } from "./helpers";

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

for (const backend of BACKENDS) {
  describe(`price-change alerts (${backend})`, () => {
    let f: AgentFixture;
    beforeAll(async () => {
      f = await agentFixture(backend);
    }, 120_000);
    afterAll(() => f?.database.close());

    async function quoteFor(owner: User, name: string, start: string) {
      const created = await createClient(f.db, actor(owner), { name, phone: "+7 900 123-45-67", consentProcessing: "on" }, { now: new Date(), ip: "203.0.113.7" });
      if (!created.ok) throw new Error(created.message);
      const saved = await saveCalculation(f.db, actor(owner), { clientId: created.client.id, query: `model=mazda-3&year=2025&price=1500000&region=38&d=35_10_m_y_y&start=${start}` }, new Date());
      if (!saved.ok) throw new Error(saved.message);
      return saved.calculation;
    }

    /** Publishes maks's edition with the mazda-3 damage rate × 1.1 from `effectiveFrom`. */
    async function publishMaksIncrease(effectiveFrom: string) {
      const base = (await listVersions(f.db)).filter((v) => v.insurerId === "maks" && v.status === "published").at(-1)!;
      const draft = await createDraft(f.db, base.id, f.editor.id);
      const body = structuredClone(draft.body) as { components: { damage: { byModel: Record<string, string> } } };
      body.components.damage.byModel["mazda-3"] = new Decimal(body.components.damage.byModel["mazda-3"]!).times("1.1").toFixed();
      const saved = await saveDraft(f.db, { id: draft.id, body, baseRevision: draft.revision, userId: f.editor.id });
      if (!saved.ok) throw new Error("save");
      const published = await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom }, new Date());
      if (!published.ok) throw new Error(published.message);
      return published.version;
    }

    it("an edition raising a price alerts the owner of the quote and of the renewal due, with old and new premium", async () => {
      const today = todayIso(new Date());
      const quote = await quoteFor(f.owner, "Анна Котова", addDays(today, 10));
      const bought = await quoteFor(f.owner, "Борис Лосев", addDays(today, -300));
      const policy = await recordPolicy(f.db, actor(f.owner), { calculationId: bought.id, insurerId: "maks", premiumPaid: "50000", startDate: addDays(today, -300), endDate: addDays(today, 20) }, new Date());
      if (!policy.ok) throw new Error(policy.message);
      await quoteFor(f.colleague, "Вера Соколова", addDays(today, 10));
      const farFuture = await quoteFor(f.owner, "Глеб Дальний", addDays(today, 12));
      // A renewal due that the agent cancelled: no longer watched.
      const cancelledQuote = await quoteFor(f.owner, "Дарья Отменённая", addDays(today, -300));
      const cancelled = await recordPolicy(f.db, actor(f.owner), { calculationId: cancelledQuote.id, insurerId: "maks", premiumPaid: "50000", startDate: addDays(today, -300), endDate: addDays(today, 21) }, new Date());
      if (!cancelled.ok) throw new Error(cancelled.message);
      expect(await cancelPolicy(f.db, actor(f.owner), { id: cancelled.policy.id }, new Date())).toMatchObject({ ok: true });

      const owner = await requireAgent(f.db, actor(f.owner));
      if (!owner.ok) throw new Error("setup");
      // Before the publication nothing is raised.
      expect(await alertsFor(f.db, owner.agent, new Date())).toEqual([]);

      // The edition takes effect after the quotes start but before the renewal starts.
      const version = await publishMaksIncrease(addDays(today, 11));
      const alerts = await alertsFor(f.db, owner.agent, new Date());
      expect(alerts).toHaveLength(1);
      const [alert] = alerts;
      expect(alert).toMatchObject({ versionId: version.id, insurerId: "maks", effectiveFrom: addDays(today, 11) });
      // The quote starting before the edition is not affected; the one starting after it and the renewal are (not the cancelled one).
      expect(alert!.items.map((i) => [i.kind, i.clientName]).sort()).toEqual([["quote", "Глеб Дальний"], ["renewal", "Борис Лосев"]]);
      expect(alert!.clients).toBe(2);
      const q = alert!.items.find((i) => i.kind === "quote")!;
      expect(q.calculationId).toBe(farFuture.id);
      // The old premium is what the quote said; the new one is 10 % more on the damage part: higher.
      expect(q.before).toBe((farFuture.response as ComparisonResponse).quotes.find((x) => x.insurerId === "maks")!.premium);
      expect(new Decimal(q.after!).gt(q.before!)).toBe(true);
      expect(Number(q.changePercent)).toBeGreaterThan(0);
      expect(alert!.items.find((i) => i.kind === "renewal")!.policyId).toBe(policy.policy.id);
      expect(alert!.items.some((i) => i.calculationId === quote.id)).toBe(false);

      // Stored once; a second look reads it back; the colleague gets their own.
      expect(await f.db.select().from(priceAlerts).where(and(eq(priceAlerts.agentId, f.owner.id), eq(priceAlerts.versionId, version.id)))).toHaveLength(1);
      expect(await alertsFor(f.db, owner.agent, new Date())).toEqual(alerts);
      const colleague = await requireAgent(f.db, actor(f.colleague));
      if (!colleague.ok) throw new Error("setup");
      const theirs = await alertsFor(f.db, colleague.agent, new Date());
      expect(theirs.flatMap((a) => a.items.map((i) => i.clientName))).not.toContain("Глеб Дальний");
      // A head's alerts are their own book's (none here).
      const head = await requireAgent(f.db, actor(f.head));
      if (!head.ok) throw new Error("setup");
      expect(await alertsFor(f.db, head.agent, new Date())).toEqual([]);
    });

    it("two computations of the same alert at once store one row", async () => {
      const owner = await requireAgent(f.db, actor(f.foreign));
      if (!owner.ok) throw new Error("setup");
      const [a, b] = await Promise.all([alertsFor(f.db, owner.agent, new Date()), alertsFor(f.db, owner.agent, new Date())]);
      expect(a).toEqual(b);
      const rows = await f.db.select().from(priceAlerts).where(eq(priceAlerts.agentId, f.foreign.id));
      expect(new Set(rows.map((r) => r.versionId)).size).toBe(rows.length);
    });
  });
}
