/** The impact analysis of a large portfolio, run while the page shows its progress: the action and its route handler. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as catalogServer from "@/lib/db/catalog.server";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.server";
import { createDraft, listVersions } from "@/lib/db/rate-books.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { versionImpact, versionImpactOrProgress } from "@/lib/editor/actions/impact.server";
import { GET as impactProgress } from "@/app/api/v1/editor/versions/[id]/impact-progress/route";
import { BACKENDS } from "../db/test-database";
import { actor, editorFixture, insertUser, NOW, type EditorFixture } from "./helpers";

describe.each(BACKENDS)("a running impact analysis on %s", (backend) => {
  let f: EditorFixture;
  beforeAll(async () => {
    f = await editorFixture(backend);
  }, 60_000);
  afterAll(async () => {
    await f.database.close();
  });

  it("tells how far it has got, then gives its report; the same rules of access", async () => {
    const base = (await listVersions(f.db)).find((v) => v.insurerId === "liberty" && v.status === "published")!;
    const draft = await createDraft(f.db, base.id, f.editor.id);
    expect(await versionImpactOrProgress(f.db, null, { id: draft.id }, NOW, 0)).toMatchObject({ status: 401 });
    // Not waited for: the analysis has started and priced its first step.
    const running = await versionImpactOrProgress(f.db, actor(f.editor), { id: draft.id }, NOW, 0);
    if (!running.ok || !("progress" in running)) throw new Error("expected the progress of a running analysis");
    expect(running.progress.total).toBe(3000);
    expect(running.progress.done).toBeGreaterThan(0);
    expect(running.progress.done).toBeLessThan(3000);
    // Asked again while it runs (the progress bar's poll): the same analysis, found by its key, the
    // catalog not read again (a spy that counts the real function's calls).
    const reads = vi.spyOn(catalogServer, "loadCatalog");
    try {
      for (let i = 0; i < 3; i += 1) {
        const again = await versionImpactOrProgress(f.db, actor(f.editor), { id: draft.id }, NOW, 0);
        expect(again.ok).toBe(true);
      }
      expect(reads.mock.calls.length).toBe(0);
    } finally {
      reads.mockRestore();
    }
    // The same analysis, awaited (it runs once), then its report at once.
    const done = await versionImpact(f.db, actor(f.editor), { id: draft.id }, NOW);
    if (!done.ok) throw new Error(done.message);
    expect(done.report.requests).toBe(3000);
    const ready = await versionImpactOrProgress(f.db, actor(f.editor), { id: draft.id }, NOW, 0);
    expect(ready).toMatchObject({ ok: true, report: { requests: 3000, meanChangePercent: "0.00" } });
  }, 60_000);
});

describe("GET /api/v1/editor/versions/{id}/impact-progress", () => {
  it("401 without a session, 404 for an unknown version, the progress or ready for an editor", async () => {
    const db = (await getReadyDatabase()).db;
    const editor = await insertUser(db, "editor");
    const token = (await createSession(db, editor.id, new Date())).token;
    const maks = (await listVersions(db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
    const draft = await createDraft(db, maks.id, editor.id);
    const url = (id: number) => `http://localhost/api/v1/editor/versions/${id}/impact-progress`;
    const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
    expect((await impactProgress(new Request(url(draft.id)), params(draft.id))).status).toBe(401);
    const headers = { cookie: `${SESSION_COOKIE.name}=${token}` };
    expect((await impactProgress(new Request(url(999_999), { headers }), params(999_999))).status).toBe(404);
    const first = await impactProgress(new Request(url(draft.id), { headers }), params(draft.id));
    expect(first.status).toBe(200);
    const body = (await first.json()) as { ready: boolean; done?: number; total?: number };
    if (!body.ready) {
      // (Ready already only if the server finished the 3 000 requests within this request.)
      expect(body.total).toBe(3000);
      expect(body.done).toBeGreaterThan(0);
      expect(body.done).toBeLessThan(3000);
    }
    // Asked again after the analysis: ready.
    for (let i = 0; i < 200; i++) {
      const again = (await (await impactProgress(new Request(url(draft.id), { headers }), params(draft.id))).json()) as { ready: boolean };
      if (again.ready) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the analysis never finished");
  }, 60_000);
});
