/**
 * The editor's impact analysis (the version page's action) on a database: it prices with the
 * site's catalog in the database — a model added only there is priced, not refused — and for a
 * format-2 draft that changes an add-on's rate its figures are the differences of pricing each
 * request fully with the edition in force and with the draft. On PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseModelForm } from "@/lib/catalog/model-form";
import { loadCatalog, saveCatalogModel } from "@/lib/db/catalog.server";
import type { Database } from "@/lib/db/client.server";
import { createDraft, listVersions, saveDraft } from "@/lib/db/rate-books.server";
import { versionImpact } from "@/lib/editor/actions/impact.server";
import { redate } from "@/lib/editor/impact";
import { streamImpact } from "@/lib/editor/impact-stream.server";
import { parsePortfolio, portfolioPath } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, compareQuotes, loadRateBook, parseRateBook } from "@/lib/rating";
import { actor, BACKENDS, freshDatabase, insertAccount } from "../db/test-database";

const INSURER = "ingosstrakh";
const NOW = new Date("2027-08-02T09:00:00Z");
const TODAY = "2027-08-02";

/** Requests for the model only the database knows: with and without the gap add-on, various terms and instalments. */
const kaiyiLines = [1, 2, 3, 4, 6, 12].flatMap((installments, i) =>
  [["gap"], []].map((addOns) =>
    JSON.stringify({
      policyStart: "2027-08-01",
      region: i % 2 === 0 ? "77" : "54",
      vehicle: { modelId: "kaiyi-e5", year: 2026, price: 1_800_000 + i * 100_000, antiTheft: "standard", parking: "garage" },
      drivers: [{ age: 30 + i, experienceYears: 8 + i, sex: "female" }],
      bonusMalusClass: "5",
      installments,
      policyTermMonths: [12, 6, 3][i % 3],
      addOns,
    }),
  ),
);

describe.each(BACKENDS)("the editor's impact analysis on %s", (backend) => {
  let database: Database;
  let dir: string;
  let path: string;

  beforeAll(async () => {
    database = await freshDatabase(backend, { seed: true });
    dir = mkdtempSync(join(tmpdir(), "impact-db-"));
    path = join(dir, "requests.jsonl");
    const shipped = readFileSync(portfolioPath(), "utf8").split("\n").slice(0, 60);
    writeFileSync(path, [...shipped, ...kaiyiLines].join("\n") + "\n");
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prices a model added only in the database, and moves exactly the requests choosing the changed add-on, by their priced difference", async () => {
    const { db } = database;
    const editor = actor(await insertAccount(db, "editor", "Editor"));
    const added = parseModelForm({
      id: "kaiyi-e5",
      make: "Kaiyi",
      model: "E5",
      namesRu: "Каи Е5",
      namesEn: "Kaiyi E5",
      spellings: "",
      class: "compact",
      body: "sedan",
      transmission: "automatic",
      defaultPowerHp: "147",
      theftRiskGroup: "1",
      yearFrom: "2023",
      yearTo: "",
      listPrice: "1 800 000",
    });
    if (!added.ok) throw new Error(JSON.stringify(added.issues));
    expect(await saveCatalogModel(db, editor, { model: added.model, baseRevision: null })).toMatchObject({ ok: true });

    const active = (await listVersions(db)).find((v) => v.insurerId === INSURER && v.status === "published" && v.effectiveFrom === "2027-07-01")!;
    expect(active).toBeDefined();
    const draft = await createDraft(db, active.id, editor.id);
    const body = structuredClone(draft.body) as { addOns: { id: string; price: { value?: string } }[] };
    body.addOns.find((a) => a.id === "gap")!.price.value = "0.007";
    expect(await saveDraft(db, { id: draft.id, body, baseRevision: draft.revision, userId: editor.id })).toMatchObject({ ok: true });

    const result = await versionImpact(db, editor, { id: draft.id }, NOW, { portfolioPath: path });
    if (!result.ok) throw new Error(`impact failed: ${JSON.stringify(result)}`);
    const { report } = result;
    expect(result.active?.id).toBe(active.id);

    // The expected figures: every request priced fully with the database's catalog, both editions.
    const catalog = await loadCatalog(db);
    const requests = parsePortfolio(readFileSync(path, "utf8"), path, catalog).map((r) => redate(r, TODAY));
    const current = buildLibrary([loadRateBook(active.body, "active")]);
    const proposed = buildLibrary([loadRateBook({ ...body, effectiveFrom: active.effectiveFrom }, "draft")]);
    const premium = (r: (typeof requests)[number], library: typeof current) => compareQuotes(r, library, catalog).quotes.find((q) => q.insurerId === INSURER)?.premium ?? null;
    const both = requests.map((r, index) => ({ index, r, before: premium(r, current), after: premium(r, proposed) })).filter((p) => p.before !== null && p.after !== null);

    expect(report.requests).toBe(60 + kaiyiLines.length);
    expect(report.changes.map((c) => [c.index, c.before, c.after])).toEqual(both.map((p) => [p.index, p.before, p.after]));
    // The database-only model is priced: every one of its requests is quoted on both sides.
    const kaiyi = report.changes.filter((c) => requests[c.index]!.vehicle.modelId === "kaiyi-e5");
    expect(kaiyi).toHaveLength(kaiyiLines.length);
    // Those choosing gap cost more; nothing else moves.
    for (const c of report.changes) {
      const choosesGap = requests[c.index]!.addOns.some((a) => a.id === "gap");
      expect(c.before !== c.after, `request ${c.index}`).toBe(choosesGap);
    }
    const moved = report.changes.filter((c) => c.before !== c.after);
    expect(moved.filter((c) => requests[c.index]!.vehicle.modelId === "kaiyi-e5")).toHaveLength(kaiyiLines.length / 2);
    // The shipped portfolio's own requests choosing gap move too.
    expect(moved.filter((c) => c.index < 60).length).toBeGreaterThan(0);

    // The streamed analysis, on a worker thread, given the database's catalog: the same report.
    const streamed = await streamImpact({
      path,
      current: [parseRateBook(active.body, "active")],
      proposed: [parseRateBook({ ...body, effectiveFrom: active.effectiveFrom }, "draft")],
      insurerId: INSURER,
      catalog,
      policyStart: TODAY,
      workers: 1,
      maxDeclineChanges: Infinity,
    });
    expect({ ...streamed, changes: report.changes }).toEqual(report);
    // Without it (the shipped catalog) the database-only model is unknown.
    await expect(streamImpact({ path, current: [parseRateBook(active.body, "active")], proposed: [parseRateBook(active.body, "active")], insurerId: INSURER, workers: 0 })).rejects.toThrow(/line 61: invalid quote request: vehicle\.modelId/);
  }, 120_000);
});
