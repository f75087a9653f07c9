/**
 * Two admins publishing drafts of one insurer for the same date at the same moment: one wins,
 * the other is told the date is taken (409) — never a 500 — on both backends. On PostgreSQL the
 * loser passes the date check and trips the unique index; the error arrives wrapped by drizzle.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft as repoCreateDraft, listVersions, publishDraft } from "@/lib/db/rate-books.server";
import { rateBookVersions } from "@/lib/db/schema";
import { publish } from "@/lib/editor/actions/publish.server";
import { BACKENDS } from "../db/test-database";
import { actor, editorFixture, insertUser, NOW, type EditorFixture } from "./helpers";

/** Lets `parties` callers wait for each other, or go on after `timeoutMs` (PGlite runs transactions one at a time). */
function barrier(parties: number, timeoutMs: number): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    arrived += 1;
    if (arrived === parties) release();
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  };
}

describe.each(BACKENDS)("concurrent publication on %s", (backend) => {
  let f: EditorFixture;
  const source = async () => (await listVersions(f.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;

  beforeAll(async () => {
    f = await editorFixture(backend);
  }, 60_000);
  afterAll(async () => {
    await f.database.close();
  });

  it("both drafts past the date check at once: one is published, the other gets date_taken", async () => {
    const from = await source();
    const [a, b] = [await repoCreateDraft(f.db, from.id, f.admin.id), await repoCreateDraft(f.db, from.id, f.admin.id)];
    const meet = barrier(2, backend === "pglite" ? 100 : 5_000);
    const input = (id: number) => ({ id, effectiveFrom: "2027-03-01", today: "2026-11-22", userId: f.admin.id });
    const results = await Promise.all([publishDraft(f.db, input(a.id), { afterDateCheck: meet }), publishDraft(f.db, input(b.id), { afterDateCheck: meet })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "date_taken" }]);
    const onDate = await f.db.select().from(rateBookVersions).where(and(eq(rateBookVersions.insurerId, "maks"), eq(rateBookVersions.effectiveFrom, "2027-03-01")));
    expect(onDate.filter((v) => v.status === "published")).toHaveLength(1);
  });

  it("two admins' publish actions at once, round after round: one 200 and one 409 date_taken per date", async () => {
    const second = await insertUser(f.db, "admin");
    const from = await source();
    for (let round = 0; round < 6; round += 1) {
      const date = `2027-04-${String(round + 10)}`;
      const [a, b] = [await repoCreateDraft(f.db, from.id, f.admin.id), await repoCreateDraft(f.db, from.id, second.id)];
      const results = await Promise.all([
        publish(f.db, actor(f.admin), { id: a.id, effectiveFrom: date }, NOW),
        publish(f.db, actor(second), { id: b.id, effectiveFrom: date }, NOW),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => !r.ok)).toMatchObject({ error: "date_taken", issues: [{ path: "effectiveFrom" }] });
      const loser = results[0]!.ok ? b : a;
      const [still] = await f.db.select().from(rateBookVersions).where(eq(rateBookVersions.id, loser.id));
      expect(still!.status).toBe("draft");
    }
  });
});
