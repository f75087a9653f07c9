import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import type { Database } from "@/lib/db/client.server";
import { loadPublishedLibrary } from "@/lib/db/published-library.server";
import { createDraft, discardDraft, getVersion, listAudit, listVersions, publishDraft, republish, saveDraft, versionStates } from "@/lib/db/rate-books.server";
import { users } from "@/lib/db/schema";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";
import { seedRateBooks } from "@/seeds/seed-database";
import { BACKENDS, freshDatabase } from "./test-database";

const TODAY = "2026-11-22";
type Body = { factors: { id: string; rows: { value: string }[] }[]; [k: string]: unknown };

function solarisPremium(library: Awaited<ReturnType<typeof loadPublishedLibrary>>, insurerId: string, policyStart = "2026-12-01") {
  const parsed = parseQuoteRequest(
    { policyStart, region: "38", vehicle: { modelId: "hyundai-solaris", year: 2026, price: 624900 }, drivers: [{ age: 40, experienceYears: 20, sex: "male", married: true, hasChildren: true }] },
    catalog,
    TODAY,
  );
  if (!parsed.ok) throw new Error("bad request");
  return compareQuotes(parsed.request, library, catalog).quotes.find((q) => q.insurerId === insurerId)?.premium;
}

describe.each(BACKENDS)("rate-book editions on %s", (backend) => {
  let database: Database;
  let editor: number;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    const [u] = await database.db.insert(users).values({ email: "e@example.org", name: "Editor", role: "editor", passwordHash: "x" }).returning();
    editor = u!.id;
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  it("seeds every rate book from data/ once, and again changes nothing", async () => {
    expect(await seedRateBooks(database.db)).toEqual({ inserted: 9, existing: 0 });
    expect(await seedRateBooks(database.db)).toEqual({ inserted: 0, existing: 9 });
    const versions = await listVersions(database.db);
    expect(versions.filter((v) => v.status === "published")).toHaveLength(9);
    const states = versionStates(versions, TODAY);
    const renaissance = versions.filter((v) => v.insurerId === "renaissance");
    expect(renaissance.map((v) => [v.effectiveFrom, states.get(v.id)])).toEqual([
      ["2027-01-01", "scheduled"],
      ["2019-01-01", "active"],
    ]);
  });

  it("prices from the published editions exactly as from the files", async () => {
    const library = await loadPublishedLibrary(database.db);
    expect(solarisPremium(library, "renaissance")).toBe("27370.62");
    expect(solarisPremium(library, "surgutneftegaz")).toBe("122480.40");
  });

  it("drafts, saves with optimistic locking, refuses stale and invalid saves, publishes atomically", async () => {
    const versions = await listVersions(database.db);
    const base = versions.find((v) => v.insurerId === "maks" && v.status === "published")!;
    const draft = await createDraft(database.db, base.id, editor);
    expect(draft).toMatchObject({ status: "draft", basedOnId: base.id, revision: 1 });

    // Raise the vehicle-age coefficient for 3–4-year-old cars.
    const body = structuredClone(draft.body) as Body;
    body.factors.find((t) => t.id === "vehicle-age")!.rows[3]!.value = "1.2";
    const saved = await saveDraft(database.db, { id: draft.id, body, baseRevision: 1, userId: editor });
    expect(saved).toMatchObject({ ok: true, version: { revision: 2 } });

    // A second editor still holding revision 1 is refused and sees the first editor's change.
    const stale = await saveDraft(database.db, { id: draft.id, body: draft.body, baseRevision: 1, userId: editor });
    expect(stale.ok).toBe(false);
    if (!stale.ok && stale.reason === "conflict") expect((stale.current.body as Body).factors.find((t) => t.id === "vehicle-age")!.rows[3]!.value).toBe("1.2");
    else throw new Error(`expected a conflict, got ${JSON.stringify(stale)}`);

    // An invalid rate book is refused with the path and the reason; nothing is written.
    const broken = structuredClone(body);
    broken.factors[0]!.rows[0]!.value = "0";
    const invalid = await saveDraft(database.db, { id: draft.id, body: broken, baseRevision: 2, userId: editor });
    expect(invalid).toMatchObject({ ok: false, reason: "invalid" });
    if (!invalid.ok && invalid.reason === "invalid") expect(invalid.message).toMatch(/factors\.0\.rows\.0\.value: a coefficient must be greater than 0/);
    expect((await getVersion(database.db, draft.id))!.revision).toBe(2);

    // Publication is refused in the past and on a date already taken.
    expect(await publishDraft(database.db, { id: draft.id, effectiveFrom: "2026-01-01", today: TODAY, userId: editor })).toEqual({ ok: false, reason: "date_in_past" });
    const published = await publishDraft(database.db, { id: draft.id, effectiveFrom: "2026-12-01", today: TODAY, userId: editor });
    expect(published).toMatchObject({ ok: true, version: { status: "published", effectiveFrom: "2026-12-01" } });
    expect(((await getVersion(database.db, draft.id))!.body as { id: string }).id).toBe("maks-2026-12-01");
    expect(await publishDraft(database.db, { id: draft.id, effectiveFrom: "2026-12-02", today: TODAY, userId: editor })).toEqual({ ok: false, reason: "not_a_draft" });

    // Quotes starting on or after the effective date use the new edition; earlier ones the old.
    const library = await loadPublishedLibrary(database.db);
    const solaris3 = (start: string) => {
      const parsed = parseQuoteRequest({ policyStart: start, region: "38", vehicle: { modelId: "hyundai-solaris", year: 2023, price: 624900 }, drivers: [{ age: 40, experienceYears: 20 }], wearDeduction: true }, catalog, TODAY);
      if (!parsed.ok) throw new Error("bad");
      return compareQuotes(parsed.request, library, catalog).quotes.find((q) => q.insurerId === "maks")!;
    };
    expect(solaris3("2026-11-30").rateBook.id).toBe("maks-2019-01-01");
    expect(solaris3("2026-12-01").rateBook.id).toBe("maks-2026-12-01");
  });

  it("leaves everything as it was when publication fails mid-way", async () => {
    const base = (await listVersions(database.db)).find((v) => v.insurerId === "liberty" && v.status === "published")!;
    const draft = await createDraft(database.db, base.id, editor);
    const auditBefore = (await listAudit(database.db)).length;
    await expect(
      publishDraft(database.db, { id: draft.id, effectiveFrom: "2027-02-01", today: TODAY, userId: editor }, { failAfterUpdate: () => { throw new Error("power cut"); } }),
    ).rejects.toThrow("power cut");
    expect(await getVersion(database.db, draft.id)).toMatchObject({ status: "draft", effectiveFrom: null });
    expect((await listAudit(database.db)).length).toBe(auditBefore);
    expect(await discardDraft(database.db, draft.id, editor)).toBe(true);
  });

  it("rolls back by publishing a copy of an earlier edition; the audit log tells the story", async () => {
    const old = (await listVersions(database.db)).find((v) => v.insurerId === "maks" && v.effectiveFrom === "2019-01-01")!;
    const result = await republish(database.db, { versionId: old.id, effectiveFrom: "2027-03-01", today: TODAY, userId: editor });
    expect(result).toMatchObject({ ok: true, version: { status: "published", basedOnId: old.id } });
    const actions = (await listAudit(database.db)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["version.import", "draft.create", "draft.save", "version.publish", "draft.discard"]));
    const states = versionStates(await listVersions(database.db), "2027-03-05");
    const maks = (await listVersions(database.db)).filter((v) => v.insurerId === "maks" && v.status === "published");
    expect(maks.map((v) => [v.effectiveFrom, states.get(v.id)])).toEqual([
      ["2027-03-01", "active"],
      ["2026-12-01", "superseded"],
      ["2019-01-01", "superseded"],
    ]);
  });
});
