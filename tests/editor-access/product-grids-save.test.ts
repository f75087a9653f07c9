/**
 * Saving a draft of a format-2 edition whose add-on price table (ДСАГО) and programme table were
 * edited as grids: written with its audit entry, a stale save refused, and a bad amount, a
 * repeated row or an unknown region refused by path with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft as repoCreateDraft, getVersion, listAudit, listVersions } from "@/lib/db/rate-books.server";
import { saveDraft } from "@/lib/editor/actions/drafts.server";
import { diffRateBooks } from "@/lib/editor/diff-rate-books";
import { toBody, toForm, type RateBookForm } from "@/app/editor/_components/rate-book-editor/form-model";
import { BACKENDS } from "../db/test-database";
import { actor, editorFixture, NOW, snapshot, type EditorFixture } from "./helpers";

type Body = { addOns: { id: string; price: { rows: { when: Record<string, unknown>; value: string }[] } }[]; programmes: { id: string; factors?: { rows: unknown[]; default?: string }[] }[] };

/** The body the editor writes after these grid edits (the form model as the browser uses it). */
function edited(body: unknown, edit: (form: RateBookForm) => void): Body {
  const form = toForm(body);
  edit(form);
  const out = toBody(form);
  expect(out.issues).toEqual([]);
  return out.body as unknown as Body;
}

const dsagoOf = (form: RateBookForm) => form.v2.addOns.find((a) => a.id === "dsago")!;
const setPrice = (form: RateBookForm, row: number, value: string) => {
  const r = dsagoOf(form).rows[row]!;
  r.value = value;
  r.touched = { ...r.touched, value: true };
};
const setRegion = (form: RateBookForm, row: number, text: string) => {
  const r = dsagoOf(form).rows[row]!;
  r.cells = { ...r.cells, region: text };
  r.touched = { ...r.touched, region: true };
};

describe.each(BACKENDS)("saving programme and price tables edited as grids on %s", (backend) => {
  let f: EditorFixture;
  let draftId: number;

  beforeAll(async () => {
    f = await editorFixture(backend);
    const edition = (await listVersions(f.db)).find((v) => v.insurerId === "ingosstrakh" && v.effectiveFrom === "2027-07-01")!;
    draftId = (await repoCreateDraft(f.db, edition.id, f.editor.id)).id;
  }, 60_000);
  afterAll(async () => {
    await f.database.close();
  });

  it("saves a ДСАГО row and a programme table value, audited, and the diff names both", async () => {
    const draft = (await getVersion(f.db, draftId))!;
    const body = edited(draft.body, (form) => {
      setPrice(form, 1, "2550");
      const budget = form.v2.programmes.find((p) => p.id === "budget")!;
      budget.factors[0]!.default = "0.8";
      budget.factors[0]!.rows.push({ uid: "new", cells: { "vehicle.class": "suv" }, origWhen: {}, touched: { "vehicle.class": true, value: true }, value: "0.9", note: "", orig: {} });
    });
    const saved = await saveDraft(f.db, actor(f.editor), { id: draftId, body, baseRevision: draft.revision }, NOW);
    expect(saved).toEqual({ status: 200, ok: true, revision: draft.revision + 1 });

    const stored = (await getVersion(f.db, draftId))!;
    const storedBody = stored.body as unknown as Body;
    expect(storedBody.addOns.find((a) => a.id === "dsago")!.price.rows[1]).toEqual({ when: { region: ["77", "78", "50", "47"], "addOn.sumInsured": 1000000, "addOn.trailer": false }, value: "2550" });
    expect(storedBody.programmes.find((p) => p.id === "budget")!.factors![0]).toMatchObject({ default: "0.8", rows: [{ when: { "vehicle.class": "suv" }, value: "0.9" }] });
    const [entry] = await listAudit(f.db, 1);
    expect(entry).toMatchObject({ action: "draft.save", userId: f.editor.id, versionId: draftId, details: { revision: draft.revision + 1 } });

    const changes = diffRateBooks(draft.body, stored.body).map((c) => `${c.rowKey} · ${c.field}: ${c.before ?? "—"} → ${c.after ?? "—"}`);
    expect(changes).toEqual([
      "программа budget · таблица budget-franchise · default: 0.85 → 0.8",
      "программа budget · таблица budget-franchise · vehicle.class suv · row: — → 0.9",
      "опция dsago · region ∈ {77, 78, 50, 47} × addOn.sumInsured 1000000 × addOn.trailer false · value: 2400 → 2550",
    ]);
  });

  it("refuses a stale save of such a table (409) and writes nothing", async () => {
    const draft = (await getVersion(f.db, draftId))!;
    const before = await snapshot(f.db);
    const body = edited(draft.body, (form) => setPrice(form, 0, "1600"));
    const stale = await saveDraft(f.db, actor(f.editor), { id: draftId, body, baseRevision: draft.revision - 1 }, NOW);
    expect(stale).toMatchObject({ status: 409, ok: false, reason: "conflict", currentRevision: draft.revision });
    expect(await snapshot(f.db)).toBe(before);
  });

  const refusals: { name: string; edit: (form: RateBookForm) => void; path: string; message: RegExp }[] = [
    { name: "an amount with a third decimal", edit: (form) => setPrice(form, 2, "3100.555"), path: "price.rows.2.value", message: /не больше двух знаков/ },
    { name: "a repeated row", edit: (form) => setRegion(form, 8, "77, 78, 50, 47"), path: "price.rows.8.when.region", message: /ряд 9 повторяет условия ряда 1/ },
    { name: "an unknown region", edit: (form) => setRegion(form, 0, "77, 99"), path: "price.rows.0.when.region", message: /Нет такого региона: 99/ },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} (400, by path) and writes nothing`, async () => {
      const draft = (await getVersion(f.db, draftId))!;
      const before = await snapshot(f.db);
      const body = edited(draft.body, r.edit);
      const dsago = body.addOns.findIndex((a) => a.id === "dsago");
      const result = await saveDraft(f.db, actor(f.editor), { id: draftId, body, baseRevision: draft.revision }, NOW);
      expect(result).toMatchObject({ status: 400, ok: false, reason: "invalid" });
      if (result.ok || result.reason !== "invalid") throw new Error("expected a refusal");
      expect(result.issues).toEqual([{ path: `addOns.${dsago}.${r.path}`, message: expect.stringMatching(r.message) }]);
      expect(await snapshot(f.db)).toBe(before);
    });
  }
});
