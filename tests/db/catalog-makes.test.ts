/**
 * The vehicle makes in the database: seeding from data/, adding a make with its names and
 * spellings, changing them (validation, optimistic locking, audit), the type-ahead finding the
 * make's models by the new spellings once the cached catalog follows, and removal refused while
 * models or published rate books use the make — on PGlite and on PostgreSQL.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeList } from "@/lib/catalog";
import { parseMakeForm, type MakeFormValues } from "@/lib/catalog/make-form";
import { parseModelForm } from "@/lib/catalog/model-form";
import { searchItems } from "@/lib/catalog/search";
import { modelSearchItems } from "@/lib/catalog/search-items";
import { getMakeEntry, isRemovedMake, listMakeEntries, removeCatalogMake, saveCatalogMake } from "@/lib/db/catalog-makes.server";
import { catalogStamp, loadCatalog, removeCatalogModel, saveCatalogModel } from "@/lib/db/catalog.server";
import type { Database } from "@/lib/db/client.server";
import { forgetLibraryCache, libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { createDraft, listVersions, publishDraft, saveDraft } from "@/lib/db/rate-books.server";
import { auditLog, catalogMakes } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { resolveModelId } from "@/lib/form/to-request";
import { seedRateBooks } from "@/seeds/seed-database";
import { insertEditorAndAgent } from "./editor-and-agent";
import { BACKENDS, freshDatabase } from "./test-database";

const JAECOO: MakeFormValues = { name: "Jaecoo", namesRu: "Джейку", namesEn: "Jaecoo", spellings: "джеку\nджейкоо" };

function make(values: Partial<MakeFormValues> = {}) {
  const parsed = parseMakeForm({ ...JAECOO, ...values });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.make;
}

const J7 = parseModelForm({ id: "jaecoo-j7", make: "Jaecoo", model: "J7", namesRu: "Jaecoo J7", namesEn: "Jaecoo J7", spellings: "", class: "crossover", body: "crossover", transmission: "automatic", defaultPowerHp: "147", theftRiskGroup: "2", yearFrom: "2023", yearTo: "", listPrice: "2 900 000" });

describe("the make form", () => {
  it("gives every field's problem at once, as codes", () => {
    expect(parseMakeForm({ name: "", namesRu: "", namesEn: "x".repeat(61), spellings: Array.from({ length: 21 }, (_, i) => `s${i}`).join("\n") })).toEqual({
      ok: false,
      issues: [
        { path: "name", code: "required" },
        { path: "namesRu", code: "required" },
        { path: "namesEn", code: "too_long" },
        { path: "spellings", code: "too_many_spellings" },
      ],
    });
    expect(parseMakeForm({ ...JAECOO, spellings: "каи, каи; кайи авто" })).toMatchObject({ ok: true, make: { spellings: ["каи", "кайи авто"] } });
  });
});

describe.each(BACKENDS)("the vehicle makes on %s", (backend) => {
  let database: Database;
  let editor: Actor;
  let agent: Actor;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    ({ editor, agent } = await insertEditorAndAgent(database));
    await seedRateBooks(database.db);
    await seedRateBooks(database.db);
  }, 60_000);
  afterAll(async () => {
    forgetLibraryCache(database);
    await database.close();
  });

  it("is seeded from data/ once, with each make's models", async () => {
    const entries = await listMakeEntries(database.db);
    expect(entries.map((e) => e.make)).toEqual([...makeList].sort((a, b) => (a.name < b.name ? -1 : 1)));
    expect(entries.find((e) => e.make.name === "Hyundai")!.models).toContain("hyundai-solaris");
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.make.import"))).toHaveLength(1);
    expect((await loadCatalog(database.db)).makes.get("Hyundai")?.names.ru).toBe("Хендай");
  });

  it("refuses anonymous users and agents, and changes nothing", async () => {
    expect(await saveCatalogMake(database.db, null, { make: make(), baseRevision: null })).toMatchObject({ ok: false, status: 401 });
    expect(await saveCatalogMake(database.db, agent, { make: make(), baseRevision: null })).toMatchObject({ ok: false, status: 403 });
    expect(await removeCatalogMake(database.db, agent, { name: "Audi", baseRevision: 1 })).toMatchObject({ ok: false, status: 403 });
    expect(await getMakeEntry(database.db, "Jaecoo")).toBeUndefined();
  });

  it("adds a make (audited), refuses the same name twice, and its model is found by the make's Russian spellings", async () => {
    const cache = libraryCacheOf(database);
    await cache.pricingData();
    expect(await saveCatalogMake(database.db, editor, { make: make(), baseRevision: null })).toMatchObject({ ok: true, revision: 1, created: true });
    expect(await saveCatalogMake(database.db, editor, { make: make(), baseRevision: null })).toMatchObject({ ok: false, status: 400, issues: [{ path: "name", code: "name_taken" }] });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.make.add"));
    expect(entry).toMatchObject({ userId: editor.id, details: { make: "Jaecoo", after: { names: { ru: "Джейку" }, spellings: ["джеку", "джейкоо"] } } });

    if (!J7.ok) throw new Error(JSON.stringify(J7.issues));
    expect(await saveCatalogModel(database.db, editor, { model: J7.model, baseRevision: null })).toMatchObject({ ok: true });
    const { catalog } = await cache.pricingData();
    // The model's own names are in Latin letters: the make's Russian name and spellings find it.
    const models = [...catalog.models.values()];
    expect(searchItems(modelSearchItems(models, catalog.makes), "джейку")[0]?.id).toBe("jaecoo-j7");
    expect(searchItems(modelSearchItems(models, new Map()), "джейку").map((i) => i.id)).not.toContain("jaecoo-j7");
    expect(resolveModelId("джейку j7", catalog)).toBe("jaecoo-j7");
    expect(resolveModelId("джеку j7", catalog)).toBe("jaecoo-j7");
  });

  it("changes a make's names: a stale save is refused with the current make, nothing overwritten", async () => {
    const loaded = (await getMakeEntry(database.db, "Jaecoo"))!;
    // Every change of a make changes the stamp other instances poll, as a model's change does.
    const stamp = await catalogStamp(database.db);
    const renamed = make({ namesRu: "Джейкуу", spellings: "джеку\nджейкоо\nджейкуу" });
    expect(await saveCatalogMake(database.db, editor, { make: renamed, baseRevision: loaded.revision })).toMatchObject({ ok: true, revision: loaded.revision + 1, created: false });
    expect(await catalogStamp(database.db)).not.toBe(stamp);
    const stale = await saveCatalogMake(database.db, editor, { make: make({ namesRu: "Другое" }), baseRevision: loaded.revision });
    expect(stale).toMatchObject({ ok: false, status: 409, error: "conflict", current: { revision: loaded.revision + 1, make: { names: { ru: "Джейкуу" } }, models: ["jaecoo-j7"] } });
    expect((await getMakeEntry(database.db, "Jaecoo"))!.make.names.ru).toBe("Джейкуу");
    const [edit] = await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.make.edit"));
    expect(edit).toMatchObject({ details: { make: "Jaecoo", before: { names: { ru: "Джейку" } }, after: { names: { ru: "Джейкуу" } } } });
    const { catalog } = await libraryCacheOf(database).pricingData();
    expect(resolveModelId("джейкуу j7", catalog)).toBe("jaecoo-j7");
    expect(await saveCatalogMake(database.db, editor, { make: make({ name: "Nope" }), baseRevision: 1 })).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses removal while a model is of the make, then removes it (audited, the row kept) and brings it back when added again", async () => {
    const entry = (await getMakeEntry(database.db, "Jaecoo"))!;
    expect(await removeCatalogMake(database.db, editor, { name: "Jaecoo", baseRevision: entry.revision - 1 })).toMatchObject({ ok: false, status: 409, error: "conflict" });
    expect(await removeCatalogMake(database.db, editor, { name: "Jaecoo", baseRevision: entry.revision })).toEqual({ ok: false, status: 409, error: "in_use", message: "in_use", models: ["jaecoo-j7"] });
    expect(await removeCatalogModel(database.db, editor, { id: "jaecoo-j7", baseRevision: 1 })).toEqual({ ok: true });
    expect(await removeCatalogMake(database.db, editor, { name: "Jaecoo", baseRevision: entry.revision })).toEqual({ ok: true });
    expect(await getMakeEntry(database.db, "Jaecoo")).toBeUndefined();
    expect((await loadCatalog(database.db)).makes.has("Jaecoo")).toBe(false);
    expect([await isRemovedMake(database.db, "Jaecoo"), await isRemovedMake(database.db, "Audi"), await isRemovedMake(database.db, "Nope")]).toEqual([true, false, false]);
    const [row] = await database.db.select().from(catalogMakes).where(eq(catalogMakes.name, "Jaecoo"));
    expect(row!.removedAt).not.toBeNull();
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.make.remove"))).toHaveLength(1);
    expect(await saveCatalogMake(database.db, editor, { make: make(), baseRevision: null })).toMatchObject({ ok: true, created: true, revision: entry.revision + 2 });
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, "catalog.make.restore"))).toHaveLength(1);
  });

  it("refuses removal while a published rate book names the make, listing the books", async () => {
    const admin: Actor = { ...editor, role: "admin" };
    const base = (await listVersions(database.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
    const draft = await createDraft(database.db, base.id, editor.id);
    const body = structuredClone(draft.body) as { factors: unknown[]; effectiveFrom: string };
    body.factors.push({ id: "jaecoo-make", label: { ru: "Марка Jaecoo", en: "Jaecoo make" }, appliesTo: ["damage"], operation: "multiply", keys: ["vehicle.make"], rows: [{ when: { "vehicle.make": ["Jaecoo", "Chery"] }, value: "1.1" }], default: "1" });
    expect(await saveDraft(database.db, { id: draft.id, body, baseRevision: draft.revision, userId: editor.id })).toMatchObject({ ok: true });
    expect(await publishDraft(database.db, { id: draft.id, effectiveFrom: "2030-01-01", today: "2026-11-22", userId: admin.id })).toMatchObject({ ok: true });
    const entry = (await getMakeEntry(database.db, "Jaecoo"))!;
    expect(entry.models).toEqual([]);
    const refused = await removeCatalogMake(database.db, editor, { name: "Jaecoo", baseRevision: entry.revision });
    expect(refused).toMatchObject({ ok: false, status: 409, error: "referenced" });
    expect((refused as { books: string[] }).books).toHaveLength(1);
    expect((await getMakeEntry(database.db, "Jaecoo"))!.revision).toBe(entry.revision);
  });
});
