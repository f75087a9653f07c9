/**
 * Imports are all or nothing: a broken JSON file or a CSV with bad cells is refused with every
 * problem listed and nothing written. Exports read back to exactly what was exported.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft as repoCreateDraft, getVersion, listAudit, listVersions } from "@/lib/db/rate-books.server";
import { insurers } from "@/lib/db/schema";
import { exportRateBookJson, exportTableCsv } from "@/lib/editor/actions/export.server";
import { importTableCsv } from "@/lib/editor/actions/import-csv.server";
import { importRateBookJson } from "@/lib/editor/actions/import-json.server";
import type { TFactorTable } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, editorFixture, NOW, rateBookText, snapshot, type EditorFixture } from "./helpers";

type Body = { factors: TFactorTable[] };
const tableOf = (body: unknown, id: string) => (body as Body).factors.find((t) => t.id === id)!;

describe.each(BACKENDS)("imports and exports on %s", (backend) => {
  let f: EditorFixture;
  const published = async (insurerId: string) => (await listVersions(f.db)).find((v) => v.insurerId === insurerId && v.status === "published")!;

  beforeAll(async () => {
    f = await editorFixture(backend);
  }, 60_000);
  afterAll(async () => {
    await f.database.close();
  });

  it("refuses a broken rate-book file with every problem by path, and creates nothing", async () => {
    const book = JSON.parse(rateBookText("maks"));
    book.currency = "USD";
    book.factors[0].rows[0].value = "0";
    delete book.eligibility.coverages;
    const before = await snapshot(f.db);
    const result = await importRateBookJson(f.db, actor(f.editor), { text: JSON.stringify(book), fileName: "maks.json" }, NOW);
    expect(result).toMatchObject({ status: 400, ok: false, error: "invalid" });
    if (result.ok) throw new Error("expected a refusal");
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["currency", "factors.0.rows.0.value", "eligibility.coverages"]));
    expect(await snapshot(f.db)).toBe(before);

    const notJson = await importRateBookJson(f.db, actor(f.editor), { text: "{ not json" }, NOW);
    expect(notJson).toMatchObject({ status: 400, issues: [{ path: "" }] });
    expect(await snapshot(f.db)).toBe(before);
  });

  it("imports a valid file as a new draft; an unknown insurer is created with it", async () => {
    const book = JSON.parse(rateBookText("maks"));
    book.id = "newco-2027-01-01";
    book.insurer = { id: "newco", name: { ru: "НовоСтрах", en: "NewCo" } };
    book.effectiveFrom = "2027-01-01";
    const result = await importRateBookJson(f.db, actor(f.editor), { text: JSON.stringify(book), fileName: "newco.json" }, NOW);
    expect(result).toMatchObject({ status: 201, ok: true, insurerCreated: true, version: { insurerId: "newco", status: "draft", effectiveFrom: "2027-01-01", createdBy: f.editor.id } });
    expect(await f.db.select().from(insurers).where(eq(insurers.id, "newco"))).toMatchObject([{ nameRu: "НовоСтрах" }]);
    const audit = (await listAudit(f.db, 3)).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(["draft.import", "insurer.create"]));

    const again = await importRateBookJson(f.db, actor(f.editor), { text: rateBookText("maks") }, NOW);
    expect(again).toMatchObject({ status: 201, insurerCreated: false, version: { insurerId: "maks", effectiveFrom: null } });
  });

  it("refuses a CSV with two bad cells, naming both (row, column), and leaves the draft as it was", async () => {
    const draft = await repoCreateDraft(f.db, (await published("maks")).id, f.editor.id);
    const lines = (await exportTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: "driver-age-experience" })) as { ok: true; text: string };
    const rows = lines.text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(rows[0]).toBe("driver.age,driver.experienceYears,value");
    rows[2] = rows[2]!.replace(/^[^,]+,/, "восемнадцать,"); // row 3, driver.age
    rows[5] = rows[5]!.replace(/,[^,]+$/, ",1.2x"); // row 6, value
    const before = await snapshot(f.db);
    const result = await importTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: "driver-age-experience", text: rows.join("\n") }, NOW);
    expect(result).toMatchObject({ status: 400, ok: false, error: "invalid" });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [3, "driver.age"],
      [6, "value"],
    ]);
    expect(await snapshot(f.db)).toBe(before);
    expect((await getVersion(f.db, draft.id))!.body).toEqual(draft.body);
  });

  it("reports a bad header and schema problems by cell", async () => {
    const draft = await repoCreateDraft(f.db, (await published("maks")).id, f.editor.id);
    const header = await importTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: "vehicle-age", text: "vehicle.age,value\n1,1\n" }, NOW);
    expect(header).toMatchObject({ status: 400, issues: expect.arrayContaining([expect.objectContaining({ row: 1, column: "vehicle.age" }), expect.objectContaining({ row: 1, column: "vehicle.ageYears" })]) });
    const zero = await importTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: "vehicle-age", text: "vehicle.ageYears;value\n0;1\n1;0\n" }, NOW);
    expect(zero).toMatchObject({ status: 400, issues: [{ row: 3, column: "value" }] });
    const missing = await importTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: "no-such-table", text: "value\n1\n" }, NOW);
    expect(missing).toMatchObject({ status: 404 });
    const published_ = await published("liberty");
    expect(await importTableCsv(f.db, actor(f.editor), { id: published_.id, tableId: "vehicle-age", text: "vehicle.ageYears,value\n0,1\n" }, NOW)).toMatchObject({ status: 409 });
  });

  it("applies a good CSV (semicolons, decimal commas, a note) in one save, audited", async () => {
    const draft = await repoCreateDraft(f.db, (await published("maks")).id, f.editor.id);
    const csv = "\uFEFFvehicle.ageYears;value;note\r\n0;1,05;новые\r\n1–3;1.1;\r\n≥ 3;1.2;\"старше; трёх\"\r\n";
    const result = await importTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: "vehicle-age", text: csv, baseRevision: draft.revision }, NOW);
    expect(result).toEqual({ status: 200, ok: true, revision: draft.revision + 1, rows: 3 });
    expect(tableOf((await getVersion(f.db, draft.id))!.body, "vehicle-age").rows).toEqual([
      { when: { "vehicle.ageYears": 0 }, value: "1.05", note: "новые" },
      { when: { "vehicle.ageYears": { gte: 1, lt: 3 } }, value: "1.1" },
      { when: { "vehicle.ageYears": { gte: 3 } }, value: "1.2", note: "старше; трёх" },
    ]);
    expect((await listAudit(f.db, 2)).map((a) => a.action)).toEqual(expect.arrayContaining(["draft.import_csv", "draft.save"]));
    // Based on an old revision: refused.
    expect(await importTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: "vehicle-age", text: csv, baseRevision: draft.revision }, NOW)).toMatchObject({ status: 409, error: "conflict" });
  });

  // Seven rate books, every table exported and imported: seconds of database work.
  it("round-trips every table of every seeded rate book through CSV unchanged", async () => {
    for (const version of (await listVersions(f.db)).filter((v) => v.status === "published" && v.note === "seed")) {
      const draft = await repoCreateDraft(f.db, version.id, f.editor.id);
      let revision = draft.revision;
      for (const table of (draft.body as Body).factors) {
        const exported = await exportTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: table.id });
        if (!exported.ok) throw new Error(exported.message);
        expect(exported.fileName).toBe(`${version.insurerId}-v${draft.id}-${table.id}.csv`);
        const imported = await importTableCsv(f.db, actor(f.editor), { id: draft.id, tableId: table.id, text: exported.text, baseRevision: revision }, NOW);
        expect(imported, `${version.insurerId} ${table.id}`).toMatchObject({ status: 200 });
        if (imported.ok) revision = imported.revision;
      }
      expect((await getVersion(f.db, draft.id))!.body, version.insurerId).toEqual(draft.body);
    }
  }, 60_000);

  it("exports JSON that imports back to the same rate book", async () => {
    const version = await published("surgutneftegaz");
    const exported = await exportRateBookJson(f.db, actor(f.editor), { id: version.id });
    expect(exported).toMatchObject({ status: 200, fileName: `surgutneftegaz-v${version.id}.json`, contentType: "application/json; charset=utf-8" });
    if (!exported.ok) throw new Error(exported.message);
    const imported = await importRateBookJson(f.db, actor(f.editor), { text: exported.text }, NOW);
    if (!imported.ok) throw new Error(imported.message);
    expect((await getVersion(f.db, imported.version.id))!.body).toEqual(version.body);
    expect(await exportRateBookJson(f.db, null, { id: version.id })).toMatchObject({ status: 401 });
    expect(await exportTableCsv(f.db, actor(f.disabled), { id: version.id, tableId: "vehicle-age" })).toMatchObject({ status: 403 });
    expect(await exportRateBookJson(f.db, actor(f.editor), { id: 999_999 })).toMatchObject({ status: 404 });
  });
});
