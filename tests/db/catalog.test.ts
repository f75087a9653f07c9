/**
 * The vehicle catalog in the database: seeding from data/, adding, changing and removing models
 * (validation, optimistic locking, audit, refusal while a published rate book names the model),
 * rate books naming unknown models refused at publication, and the cached catalog following every
 * change — on PGlite and on PostgreSQL.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vehicleCatalog } from "@/lib/catalog";
import { parseModelForm, type ModelFormValues } from "@/lib/catalog/model-form";
import { loadCatalog, removeCatalogModel, saveCatalogModel } from "@/lib/db/catalog.server";
import type { Database } from "@/lib/db/client.server";
import { PublishedLibraryCache, forgetLibraryCache, libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { createDraft, listVersions, publishDraft, saveDraft } from "@/lib/db/rate-books.server";
import { auditLog, catalogModels } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";
import { seedRateBooks } from "@/seeds/seed-database";
import { insertEditorAndAgent } from "./editor-and-agent";
import { BACKENDS, freshDatabase } from "./test-database";

const TODAY = "2026-11-22";

const KAIYI: ModelFormValues = {
  id: "kaiyi-e5",
  make: "Kaiyi",
  model: "E5",
  namesRu: "Каи Е5",
  namesEn: "Kaiyi E5",
  spellings: "кайи е5\nкаи е 5",
  class: "compact",
  body: "sedan",
  transmission: "automatic",
  defaultPowerHp: "147",
  theftRiskGroup: "1",
  yearFrom: "2023",
  yearTo: "",
  listPrice: "1 800 000",
};

function model(values: Partial<ModelFormValues> = {}) {
  const parsed = parseModelForm({ ...KAIYI, ...values });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.model;
}

describe.each(BACKENDS)("the vehicle catalog on %s", (backend) => {
  let database: Database;
  let editor: Actor;
  let agent: Actor;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    ({ editor, agent } = await insertEditorAndAgent(database));
  }, 60_000);
  afterAll(async () => {
    forgetLibraryCache(database);
    await database.close();
  });

  it("is seeded from data/ with the rate books, once; a second start adds nothing", async () => {
    await seedRateBooks(database.db);
    await seedRateBooks(database.db);
    const loaded = await loadCatalog(database.db);
    expect([...loaded.models.values()]).toEqual(vehicleCatalog.models);
    expect(loaded.models.size).toBeGreaterThanOrEqual(150);
    const imports = await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.import"));
    expect(imports).toHaveLength(1);
    expect((imports[0]!.details as { models: string[] }).models).toHaveLength(vehicleCatalog.models.length);
  });

  it("refuses anonymous users and agents, and changes nothing", async () => {
    expect(await saveCatalogModel(database.db, null, { model: model(), baseRevision: null })).toMatchObject({ ok: false, status: 401 });
    expect(await saveCatalogModel(database.db, agent, { model: model(), baseRevision: null })).toMatchObject({ ok: false, status: 403 });
    expect(await removeCatalogModel(database.db, agent, { id: "lada-granta", baseRevision: 1 })).toMatchObject({ ok: false, status: 403 });
    expect((await loadCatalog(database.db)).models.has("kaiyi-e5")).toBe(false);
  });

  it("adds a model (audited), which the cached catalog then prices at every insurer by the class and theft-group fallbacks", async () => {
    const cache = libraryCacheOf(database);
    const before = await cache.pricingData();
    expect(before.catalog.models.has("kaiyi-e5")).toBe(false);
    const saved = await saveCatalogModel(database.db, editor, { model: model(), baseRevision: null });
    expect(saved).toMatchObject({ ok: true, revision: 1, created: true });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.add"));
    expect(entry).toMatchObject({ userId: editor.id, details: { modelId: "kaiyi-e5", after: { names: { ru: "Каи Е5" }, listPrice: "1800000" } } });

    const { library, catalog } = await cache.pricingData();
    expect(catalog.models.get("kaiyi-e5")).toMatchObject({ class: "compact", theftRiskGroup: 1, spellings: ["кайи е5", "каи е 5"] });
    const parsed = parseQuoteRequest({ policyStart: "2026-12-01", region: "38", vehicle: { modelId: "kaiyi-e5", year: 2025, price: 1800000 }, drivers: [{ age: 40, experienceYears: 20 }] }, catalog, TODAY);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const result = compareQuotes(parsed.request, library, catalog);
    expect(result.quotes.length).toBeGreaterThanOrEqual(5);
    for (const q of result.quotes) {
      const base = q.steps.filter((s) => s.operation === "base");
      expect(base.length, q.insurerId).toBeGreaterThan(0);
      for (const step of base) expect(Object.keys(step.lookup), q.insurerId).toSatisfy((keys: string[]) => keys.includes("vehicle.class") || keys.includes("vehicle.theftRiskGroup"));
    }
  });

  it("refuses a second model with the same id, and invalid revisions", async () => {
    expect(await saveCatalogModel(database.db, editor, { model: model(), baseRevision: null })).toMatchObject({ ok: false, status: 400, issues: [{ path: "id", code: "id_taken" }] });
    expect(await saveCatalogModel(database.db, editor, { model: model({ id: "no-such-model" }), baseRevision: 1 })).toMatchObject({ ok: false, status: 404 });
  });

  it("changes a model with optimistic locking: a stale save is refused with the current model; each change audited with before and after", async () => {
    const first = await saveCatalogModel(database.db, editor, { model: model({ defaultPowerHp: "150" }), baseRevision: 1 });
    expect(first).toMatchObject({ ok: true, revision: 2, created: false });
    const stale = await saveCatalogModel(database.db, editor, { model: model({ defaultPowerHp: "160" }), baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, status: 409, error: "conflict", current: { revision: 2, model: { defaultPowerHp: 150 } } });
    expect((await loadCatalog(database.db)).models.get("kaiyi-e5")!.defaultPowerHp).toBe(150);
    const [edit] = await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.edit"));
    expect(edit!.details).toMatchObject({ modelId: "kaiyi-e5", before: { defaultPowerHp: 147 }, after: { defaultPowerHp: 150 } });
  });

  it("refuses to remove a model a published rate book names, naming the books", async () => {
    const removed = await removeCatalogModel(database.db, editor, { id: "hyundai-solaris", baseRevision: 1 });
    expect(removed).toMatchObject({ ok: false, status: 409, error: "referenced" });
    const books = (removed as { books: string[] }).books;
    expect(books).toEqual(expect.arrayContaining(["ingosstrakh-2019-01-01", "renaissance-2019-01-01", "renaissance-2027-01-01"]));
    expect((await loadCatalog(database.db)).models.has("hyundai-solaris")).toBe(true);
  });

  it("removes an unreferenced model (kept in the table, audited), and adding it again brings it back", async () => {
    expect(await removeCatalogModel(database.db, editor, { id: "kaiyi-e5", baseRevision: 1 })).toMatchObject({ ok: false, status: 409, error: "conflict" });
    expect(await removeCatalogModel(database.db, editor, { id: "kaiyi-e5", baseRevision: 2 })).toEqual({ ok: true });
    expect((await loadCatalog(database.db)).models.has("kaiyi-e5")).toBe(false);
    expect((await loadCatalog(database.db, { withRemoved: true })).models.has("kaiyi-e5")).toBe(true);
    const [row] = await database.db.select().from(catalogModels).where(eq(catalogModels.id, "kaiyi-e5"));
    expect(row!.removedAt).not.toBeNull();
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.remove"));
    expect(entry!.details).toMatchObject({ modelId: "kaiyi-e5", before: { defaultPowerHp: 150 } });
    expect(await saveCatalogModel(database.db, editor, { model: model(), baseRevision: null })).toMatchObject({ ok: true, revision: 4, created: true });
    expect((await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.restore"))).length).toBe(1);
    expect((await loadCatalog(database.db)).models.get("kaiyi-e5")!.defaultPowerHp).toBe(147);
  });

  it("refuses to publish a rate book naming a model the catalog lacks, with the model named; publishes it once the model is there", async () => {
    const base = (await listVersions(database.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
    const draft = await createDraft(database.db, base.id, editor.id);
    const body = structuredClone(draft.body) as { components: { damage: { byModel: Record<string, string> } } };
    body.components.damage.byModel["tesla-model-y"] = "0.05";
    const saved = await saveDraft(database.db, { id: draft.id, body, baseRevision: 1, userId: editor.id });
    expect(saved.ok).toBe(true);
    const refused = await publishDraft(database.db, { id: draft.id, effectiveFrom: "2027-03-01", today: TODAY, userId: editor.id });
    expect(refused).toMatchObject({ ok: false, reason: "invalid" });
    expect((refused as { message: string }).message).toContain("«tesla-model-y»");
    const [still] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, "version.publish"), eq(auditLog.versionId, draft.id)));
    expect(still!.n).toBe(0);
    await saveCatalogModel(database.db, editor, { model: model({ id: "tesla-model-y", make: "Tesla", model: "Model Y", namesRu: "Тесла Модель Y", namesEn: "Tesla Model Y", spellings: "" }), baseRevision: null });
    expect(await publishDraft(database.db, { id: draft.id, effectiveFrom: "2027-03-01", today: TODAY, userId: editor.id })).toMatchObject({ ok: true });
    expect(await removeCatalogModel(database.db, editor, { id: "tesla-model-y", baseRevision: 1 })).toMatchObject({ ok: false, error: "referenced", books: ["maks-2027-03-01"] });
  });

  it("another instance's cache sees a change made elsewhere by its version check", async () => {
    const other = new PublishedLibraryCache(database.db, false);
    try {
      const before = await other.pricingData();
      expect(before.catalog.models.get("lada-granta")!.defaultPowerHp).toBe(87);
      // A change written by another process: no announcement reaches this one.
      const [row] = await database.db.select().from(catalogModels).where(eq(catalogModels.id, "lada-granta"));
      await database.db
        .update(catalogModels)
        .set({ body: { ...(row!.body as object), defaultPowerHp: 98 }, revision: row!.revision + 1 })
        .where(eq(catalogModels.id, "lada-granta"));
      expect((await other.pricingData()).catalog.models.get("lada-granta")!.defaultPowerHp).toBe(87);
      await other.check();
      expect((await other.pricingData()).catalog.models.get("lada-granta")!.defaultPowerHp).toBe(98);
    } finally {
      other.stop();
    }
  });
});
