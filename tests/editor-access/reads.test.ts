/** What editors read: a draft's impact on the portfolio, and the audit log, page by page. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, listVersions, saveDraft } from "@/lib/db/rate-books.server";
import { auditPage, AUDIT_PAGE_SIZE } from "@/lib/editor/actions/audit.server";
import { versionImpact } from "@/lib/editor/actions/impact.server";
import type { TFactorTable } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, editorFixture, NOW, type EditorFixture } from "./helpers";

describe.each(BACKENDS)("editor reads on %s", (backend) => {
  let f: EditorFixture;
  beforeAll(async () => {
    f = await editorFixture(backend);
  }, 60_000);
  afterAll(async () => {
    await f.database.close();
  });

  it("prices the portfolio with a draft that raises every vehicle-age coefficient by 10 %: premiums rise by about that", async () => {
    const base = (await listVersions(f.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
    const draft = await createDraft(f.db, base.id, f.editor.id);
    const body = structuredClone(draft.body) as { factors: TFactorTable[] };
    const table = body.factors.find((t) => t.id === "vehicle-age")!;
    table.rows = table.rows.map((r) => ({ ...r, value: (Number(r.value) * 1.1).toFixed(4) }));
    const saved = await saveDraft(f.db, { id: draft.id, body, baseRevision: 1, userId: f.editor.id });
    expect(saved.ok).toBe(true);

    expect(await versionImpact(f.db, null, { id: draft.id }, NOW)).toMatchObject({ status: 401 });
    const impact = await versionImpact(f.db, actor(f.editor), { id: draft.id }, NOW);
    if (!impact.ok) throw new Error(impact.message);
    expect(impact.active?.id).toBe(base.id);
    expect(impact.pricedOn).toBe("2026-11-22");
    const { report } = impact;
    expect(report.requests).toBe(3000);
    expect(report.count).toBeGreaterThan(0);
    expect(report.bins.reduce((s, b) => s + b.count, 0)).toBe(report.count);
    expect(Number(report.medianChangePercent)).toBeGreaterThan(9);
    expect(Number(report.medianChangePercent)).toBeLessThan(11);
    expect(report.newlyDeclined).toBe(0);
    expect(report.topMovers[0]!.calculatorQuery).toMatch(/model=/);

    // The edition in force compared with itself changes nothing.
    const same = await versionImpact(f.db, actor(f.editor), { id: base.id }, NOW);
    expect(same).toMatchObject({ ok: true, report: { meanChangePercent: "0.00", newlyDeclined: 0, newlyQuoted: 0 } });
  }, 60_000);

  it("pages the audit log newest first, with names", async () => {
    expect(await auditPage(f.db, null, { page: 1 })).toMatchObject({ status: 401 });
    const first = await auditPage(f.db, actor(f.editor), { page: "1" });
    if (!first.ok) throw new Error(first.message);
    expect(first.total).toBeGreaterThanOrEqual(9);
    expect(first.rows[0]).toMatchObject({ action: "draft.save", userName: f.editor.name });
    const ats = first.rows.map((r) => r.at.getTime());
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
    const beyond = await auditPage(f.db, actor(f.editor), { page: "999" });
    expect(beyond).toMatchObject({ ok: true, page: first.pages });
    expect(AUDIT_PAGE_SIZE).toBe(50);
  });
});
