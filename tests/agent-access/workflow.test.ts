/**
 * The agents' workspace on a real database: consents recorded before data is kept, field errors,
 * withdrawal, erasure leaving anonymous quotes, calculations pinned to the editions they were
 * priced with, validity cut short by a new edition, and re-quoting. PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { addDriver, addVehicle, createClient, eraseClient, getClientView, giveConsent, listClients, updateClient, withdrawConsent } from "@/lib/agent/clients.server";
import { getCalculationView, requoteCalculation, saveCalculation } from "@/lib/agent/calculations.server";
import { CONSENT_TEXTS } from "@/lib/agent/consent-texts";
import { importPublished } from "@/lib/db/rate-books.server";
import { auditLog, clientConsents, clientDrivers, clients, clientVehicles, savedCalculations } from "@/lib/db/schema";
import type { TRateBook } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, CTX, NOW, QUERY, type AgentFixture } from "./helpers";

describe.each(BACKENDS)("agents' workspace on %s", (backend) => {
  let f: AgentFixture;
  beforeAll(async () => {
    f = await agentFixture(backend);
  }, 60_000);
  afterAll(() => f?.database.close());

  it("keeps nothing without consent to processing, and answers every bad field at once", async () => {
    const before = await f.db.select().from(clients);
    const result = await createClient(f.db, actor(f.owner), { name: "", phone: "12", email: "not-an-address", birthDate: "2030-01-01", notes: "x".repeat(2001) }, CTX);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(Object.fromEntries(result.issues.map((i) => [i.path, i.message]))).toEqual({
      name: "required",
      phone: "phone",
      email: "email",
      birthDate: "birth_date_range",
      notes: "too_long",
      consentProcessing: "consent_required",
    });
    expect(await f.db.select().from(clients)).toEqual(before);
    const noContact = await createClient(f.db, actor(f.owner), { name: "Без контактов", consentProcessing: "on" }, CTX);
    expect(noContact.ok ? [] : noContact.issues).toEqual([{ path: "phone", message: "contact_required" }]);
  });

  it("records each consent with time, agent, IP and the version of the text shown", async () => {
    const created = await createClient(f.db, actor(f.owner), { name: "Анна Смирнова", phone: "8 (912) 345-67-89", email: "Anna@Example.org", birthDate: "1990-05-17", consentProcessing: "on", consentTransfer: "on", locale: "en" }, CTX);
    if (!created.ok) throw new Error(created.message);
    expect(created.client).toMatchObject({ name: "Анна Смирнова", phone: "+79123456789", email: "anna@example.org", birthDate: "1990-05-17", agentId: f.owner.id, agencyId: f.agencyA });
    const consents = await f.db.select().from(clientConsents).where(eq(clientConsents.clientId, created.client.id));
    expect(consents.map((c) => ({ kind: c.kind, v: c.textVersion, by: c.givenBy, ip: c.givenIp, at: c.givenAt.toISOString(), locale: c.locale }))).toEqual([
      { kind: "processing", v: CONSENT_TEXTS.processing.version, by: f.owner.id, ip: CTX.ip, at: NOW.toISOString(), locale: "en" },
      { kind: "transfer", v: CONSENT_TEXTS.transfer.version, by: f.owner.id, ip: CTX.ip, at: NOW.toISOString(), locale: "en" },
    ]);
  });

  it("withdrawing consent to processing stops changes and saving until it is given again", async () => {
    const created = await createClient(f.db, actor(f.owner), { name: "Отзыв Согласия", phone: "+79000000001", consentProcessing: "on" }, CTX);
    if (!created.ok) throw new Error(created.message);
    const id = created.client.id;
    expect(await withdrawConsent(f.db, actor(f.owner), { clientId: id, kind: "processing" }, CTX)).toMatchObject({ ok: true, withdrawn: 1 });
    expect(await updateClient(f.db, actor(f.owner), { id, name: "Новое имя", phone: "+79000000001" }, CTX)).toMatchObject({ status: 409 });
    expect(await saveCalculation(f.db, actor(f.owner), { clientId: id, query: QUERY }, NOW)).toMatchObject({ status: 409 });
    const view = await getClientView(f.db, actor(f.owner), id);
    expect(view.ok && view.view.processingConsent).toBe(false);
    expect(await giveConsent(f.db, actor(f.owner), { clientId: id, kind: "processing" }, CTX)).toMatchObject({ status: 201 });
    expect(await updateClient(f.db, actor(f.owner), { id, name: "Новое имя", phone: "+79000000001" }, CTX)).toMatchObject({ ok: true });
  });

  it("searches by name and by phone digits, a page at a time", async () => {
    for (let i = 0; i < 23; i += 1) {
      await createClient(f.db, actor(f.colleague), { name: `Пагинация ${String(i).padStart(2, "0")}`, phone: `+7950000${String(i).padStart(4, "0")}`, consentProcessing: "on" }, CTX);
    }
    const first = await listClients(f.db, actor(f.colleague), { q: "пагинация" });
    const second = await listClients(f.db, actor(f.colleague), { q: "пагинация", page: "2" });
    expect(first.ok && [first.total, first.pages, first.rows.length]).toEqual([23, 2, 20]);
    expect(second.ok && second.rows.length).toBe(3);
    const byPhone = await listClients(f.db, actor(f.colleague), { q: "8 950 000-00-07" });
    expect(byPhone.ok && byPhone.rows.map((r) => r.name)).toEqual(["Пагинация 07"]);
    const wildcard = await listClients(f.db, actor(f.colleague), { q: "%" });
    expect(wildcard.ok && wildcard.total).toBe(0);
  });

  it("saves the calculation as priced, pinned to the published editions, valid 14 days", async () => {
    const created = await createClient(f.db, actor(f.owner), { name: "Пётр Расчётов", phone: "+79001112233", consentProcessing: "on" }, CTX);
    if (!created.ok) throw new Error(created.message);
    const saved = await saveCalculation(f.db, actor(f.owner), { clientId: created.client.id, query: QUERY }, NOW);
    if (!saved.ok) throw new Error(saved.message);
    const calc = saved.calculation;
    expect(calc.validUntil).toBe("2026-12-06");
    expect(calc.request).toMatchObject({ region: "38", policyStart: "2026-12-01", vehicle: { modelId: "mazda-3", year: 2026, price: "1200000" } });
    const response = calc.response as { quotes: { insurerId: string; premium: string; steps: unknown[] }[] };
    expect(response.quotes.length).toBeGreaterThan(2);
    expect(response.quotes.every((q) => /^\d+\.\d{2}$/.test(q.premium) && q.steps.length > 3)).toBe(true);
    const editions = calc.editions as { insurerId: string; versionId: number | null; effectiveFrom: string }[];
    expect(editions.every((e) => typeof e.versionId === "number")).toBe(true);
    const bad = await saveCalculation(f.db, actor(f.owner), { clientId: created.client.id, query: "model=mazda-3&year=abc" }, NOW);
    expect(bad).toMatchObject({ status: 400, issues: [{ path: "query" }] });
  });

  it("shows the prices as quoted after a new edition, ends the validity when it takes effect, and re-quotes with the change", async () => {
    const created = await createClient(f.db, actor(f.owner), { name: "Ольга Переоценка", phone: "+79004445566", consentProcessing: "on" }, CTX);
    if (!created.ok) throw new Error(created.message);
    const saved = await saveCalculation(f.db, actor(f.owner), { clientId: created.client.id, query: QUERY }, NOW);
    if (!saved.ok) throw new Error(saved.message);
    const oldMaks = (saved.calculation.response as { quotes: { insurerId: string; premium: string }[] }).quotes.find((q) => q.insurerId === "maks")!;

    // A new MAKS edition from 2026-12-05: the vehicle-age coefficient of a new car goes 1 → 1.1.
    const book = JSON.parse(readFileSync(join(process.cwd(), "data", "rate-books", "maks", "2019-01-01.json"), "utf8")) as TRateBook & { factors: { id: string; rows: { value: string }[] }[] };
    book.effectiveFrom = "2026-12-05";
    book.factors.find((t) => t.id === "vehicle-age")!.rows[0]!.value = "1.1";
    expect(await importPublished(f.db, book)).toBe("inserted");

    const view = await getCalculationView(f.db, actor(f.owner), { id: saved.calculation.id }, new Date("2026-12-04T09:00:00Z"));
    if (!view.ok) throw new Error(view.message);
    const maksNow = view.view.response.quotes.find((q) => q.insurerId === "maks")!;
    expect(maksNow.premium).toBe(oldMaks.premium);
    expect(view.view.validity.find((v) => v.insurerId === "maks")).toEqual({ insurerId: "maks", validUntil: "2026-12-04", expired: false });
    expect(view.view.validity.find((v) => v.insurerId === "ingosstrakh")?.validUntil).toBe("2026-12-06");
    expect(view.view.editions.find((e) => e.insurerId === "maks")).toMatchObject({ effectiveFrom: "2019-01-01", insurerName: expect.any(String) });
    const later = await getCalculationView(f.db, actor(f.owner), { id: saved.calculation.id }, new Date("2026-12-05T09:00:00Z"));
    expect(later.ok && later.view.validity.find((v) => v.insurerId === "maks")?.expired).toBe(true);

    const requoteAt = new Date("2026-12-10T09:00:00Z");
    const requoted = await requoteCalculation(f.db, actor(f.head), { id: saved.calculation.id }, requoteAt);
    if (!requoted.ok) throw new Error(requoted.message);
    expect(requoted.calculation).toMatchObject({ requoteOfId: saved.calculation.id, agentId: f.owner.id, clientId: created.client.id, validUntil: "2026-12-24" });
    expect((requoted.calculation.request as { policyStart: string }).policyStart).toBe("2026-12-10");
    const diff = await getCalculationView(f.db, actor(f.owner), { id: requoted.calculation.id }, requoteAt);
    if (!diff.ok) throw new Error(diff.message);
    const maksChange = diff.view.previous!.changes.find((c) => c.insurerId === "maks")!;
    expect(maksChange).toMatchObject({ status: "quoted", before: oldMaks.premium, editionBefore: "2019-01-01", editionAfter: "2026-12-05" });
    expect(maksChange.steps).toContainEqual(expect.objectContaining({ kind: "changed", factor: "vehicle-age", before: "1", after: "1.1" }));
    expect(Number(maksChange.changePercent)).toBeGreaterThan(9);
    // The old calculation is unchanged, and lists its re-quote.
    const [oldRow] = await f.db.select().from(savedCalculations).where(eq(savedCalculations.id, saved.calculation.id));
    expect(oldRow).toEqual(saved.calculation);
    const oldView = await getCalculationView(f.db, actor(f.owner), { id: saved.calculation.id }, requoteAt);
    expect(oldView.ok && oldView.view.requotes.map((r) => r.id)).toEqual([requoted.calculation.id]);
  });

  it("erases a client on request: personal fields wiped, cars and drivers gone, quotes kept, the log without the data", async () => {
    const created = await createClient(f.db, actor(f.owner), { name: "Стереть Меня", phone: "+79007778899", email: "erase@example.org", birthDate: "1985-01-02", notes: "любит синий", consentProcessing: "on", consentTransfer: "on" }, CTX);
    if (!created.ok) throw new Error(created.message);
    const id = created.client.id;
    await addVehicle(f.db, actor(f.owner), { clientId: id, modelId: "mazda-3", year: "2024", price: "1500000", region: "77" }, CTX);
    await addDriver(f.db, actor(f.owner), { clientId: id, name: "Стереть", age: "40", experienceYears: "20" }, CTX);
    const saved = await saveCalculation(f.db, actor(f.owner), { clientId: id, query: QUERY }, NOW);
    if (!saved.ok) throw new Error(saved.message);

    expect(await eraseClient(f.db, actor(f.owner), { id, confirm: "no" }, CTX)).toMatchObject({ status: 400, issues: [{ path: "confirm" }] });
    expect(await eraseClient(f.db, actor(f.head), { id, confirm: "erase" }, CTX)).toMatchObject({ ok: true });
    const [row] = await f.db.select().from(clients).where(eq(clients.id, id));
    expect(row).toMatchObject({ name: null, phone: null, email: null, birthDate: null, notes: null, erasedBy: f.head.id });
    expect(await f.db.select().from(clientVehicles).where(eq(clientVehicles.clientId, id))).toEqual([]);
    expect(await f.db.select().from(clientDrivers).where(eq(clientDrivers.clientId, id))).toEqual([]);
    expect((await f.db.select().from(clientConsents).where(eq(clientConsents.clientId, id))).every((c) => c.withdrawnAt !== null)).toBe(true);
    expect(await f.db.select({ id: savedCalculations.id }).from(savedCalculations).where(eq(savedCalculations.clientId, id))).toEqual([{ id: saved.calculation.id }]);
    const log = JSON.stringify(await f.db.select().from(auditLog).orderBy(desc(auditLog.id)));
    expect(log).toContain('"client.erase"');
    expect(log).not.toMatch(/Стереть|79007778899|erase@example|синий|1985-01-02/);
    expect(await updateClient(f.db, actor(f.owner), { id, name: "Снова", phone: "+79000000000" }, CTX)).toMatchObject({ status: 409 });
    expect(await eraseClient(f.db, actor(f.owner), { id, confirm: "erase" }, CTX)).toMatchObject({ status: 409 });
    const view = await getCalculationView(f.db, actor(f.owner), { id: saved.calculation.id }, NOW);
    expect(view.ok && [view.view.clientName, view.view.clientErased]).toEqual([null, true]);
  });
});
