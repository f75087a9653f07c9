/**
 * What editors and admins see when things go wrong: a stale save, a past or taken date, a draft
 * changed after review — each refused with the reason and nothing written.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft as repoCreateDraft, getVersion, listAudit, listVersions, versionStates } from "@/lib/db/rate-books.server";
import { rateBookVersions } from "@/lib/db/schema";
import { createDraft, discardDraft, saveDraft } from "@/lib/editor/actions/drafts.server";
import { publish, republish } from "@/lib/editor/actions/publish.server";
import { setUserDisabled } from "@/lib/editor/actions/users.server";
import { BACKENDS } from "../db/test-database";
import { actor, editorFixture, NOW, snapshot, TODAY, withChangedValue, type EditorFixture } from "./helpers";

describe.each(BACKENDS)("drafts and publication on %s", (backend) => {
  let f: EditorFixture;
  const published = async (insurerId: string) => (await listVersions(f.db)).find((v) => v.insurerId === insurerId && v.status === "published")!;

  beforeAll(async () => {
    f = await editorFixture(backend);
  }, 60_000);
  afterAll(async () => {
    await f.database.close();
  });

  it("refuses a stale save with 409 and the body saved in between, and who saved it", async () => {
    const created = await createDraft(f.db, actor(f.editor), { fromVersionId: (await published("maks")).id }, NOW);
    if (!created.ok) throw new Error(created.message);
    const draft = created.version;
    const first = await saveDraft(f.db, actor(f.admin), { id: draft.id, body: withChangedValue(draft.body, "vehicle-age", 1, "1.11"), baseRevision: draft.revision }, NOW);
    expect(first).toEqual({ status: 200, ok: true, revision: draft.revision + 1 });

    const before = await snapshot(f.db);
    const stale = await saveDraft(f.db, actor(f.editor), { id: draft.id, body: withChangedValue(draft.body, "vehicle-age", 1, "1.22"), baseRevision: draft.revision }, NOW);
    expect(stale).toMatchObject({ status: 409, ok: false, reason: "conflict", currentRevision: draft.revision + 1, updatedBy: f.admin.name });
    if (stale.ok || stale.reason !== "conflict") throw new Error("expected a conflict");
    expect((stale.currentBody as { factors: { id: string; rows: { value: string }[] }[] }).factors.find((t) => t.id === "vehicle-age")!.rows[1]!.value).toBe("1.11");
    expect(await snapshot(f.db)).toBe(before);
  });

  it("refuses an invalid body (400, by path) and another insurer's body", async () => {
    const draft = await repoCreateDraft(f.db, (await published("maks")).id, f.editor.id);
    const before = await snapshot(f.db);
    const invalid = await saveDraft(f.db, actor(f.editor), { id: draft.id, body: withChangedValue(draft.body, "vehicle-age", 0, "0"), baseRevision: 1 }, NOW);
    expect(invalid).toMatchObject({ status: 400, ok: false, reason: "invalid" });
    if (!invalid.ok && invalid.reason === "invalid") expect(invalid.issues).toContainEqual({ path: expect.stringMatching(/^factors\.\d+\.rows\.0\.value$/), message: "a coefficient must be greater than 0" });
    const other = { ...(draft.body as object), id: "liberty-2019-01-01", insurer: { id: "liberty", name: { ru: "Либерти", en: "Liberty" } } };
    expect(await saveDraft(f.db, actor(f.editor), { id: draft.id, body: other, baseRevision: 1 }, NOW)).toMatchObject({ status: 400, reason: "invalid" });
    expect(await snapshot(f.db)).toBe(before);
  });

  it("never saves into a published version (409) or an unknown one (404)", async () => {
    const version = await published("surgutneftegaz");
    expect(await saveDraft(f.db, actor(f.editor), { id: version.id, body: version.body, baseRevision: version.revision }, NOW)).toMatchObject({ status: 409, reason: "not_a_draft" });
    expect(await saveDraft(f.db, actor(f.editor), { id: 999_999, body: version.body, baseRevision: 1 }, NOW)).toMatchObject({ status: 404, reason: "not_found" });
    expect(await discardDraft(f.db, actor(f.editor), { id: version.id }, NOW)).toMatchObject({ status: 409, error: "not_a_draft" });
    expect(await createDraft(f.db, actor(f.editor), { fromVersionId: "abc" }, NOW)).toMatchObject({ status: 404 });
  });

  it("refuses publication in the past (400), on a taken date (409) and of a draft changed since review (409)", async () => {
    const draft = await repoCreateDraft(f.db, (await published("renaissance")).id, f.editor.id);
    const before = await snapshot(f.db);
    const past = await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom: "2026-11-21" }, NOW);
    expect(past).toMatchObject({ status: 400, ok: false, error: "date_in_past", issues: [{ path: "effectiveFrom" }] });
    expect(await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom: "2026-02-30" }, NOW)).toMatchObject({ status: 400, error: "invalid" });
    // renaissance has an edition scheduled for 2027-01-01 (data/).
    expect(await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom: "2027-01-01" }, NOW)).toMatchObject({ status: 409, error: "date_taken" });
    expect(await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom: TODAY, expectedRevision: draft.revision + 5 }, NOW)).toMatchObject({ status: 409, error: "conflict" });
    expect(await snapshot(f.db)).toBe(before);

    const today = await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom: TODAY, expectedRevision: draft.revision }, NOW);
    expect(today).toMatchObject({ status: 200, ok: true, version: { status: "published", effectiveFrom: TODAY, publishedBy: f.admin.id } });
    const states = versionStates(await listVersions(f.db), TODAY);
    expect(states.get(draft.id)).toBe("active");
    expect(await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom: "2027-05-01" }, NOW)).toMatchObject({ status: 409, error: "not_a_draft" });
  });

  it("refuses an invalid draft at publication with its problems by path", async () => {
    const base = await published("rosgosstrakh");
    const draft = await repoCreateDraft(f.db, base.id, f.editor.id);
    // Invalid bodies cannot be saved; simulate one written by an older version of the app.
    await f.db.update(rateBookVersions).set({ body: withChangedValue(draft.body, "vehicle-age", 0, "-1") }).where(eq(rateBookVersions.id, draft.id));
    const before = await snapshot(f.db);
    const result = await publish(f.db, actor(f.admin), { id: draft.id, effectiveFrom: "2027-06-01" }, NOW);
    expect(result).toMatchObject({ status: 400, error: "invalid" });
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContainEqual(expect.stringMatching(/rows\.0\.value$/));
    expect(await snapshot(f.db)).toBe(before);
  });

  it("rolls back by publishing a copy as a new edition; a refused rollback leaves no trace", async () => {
    const old = await published("maks");
    const before = await snapshot(f.db);
    expect(await republish(f.db, actor(f.admin), { versionId: old.id, effectiveFrom: "2020-01-01" }, NOW)).toMatchObject({ status: 400, error: "date_in_past" });
    expect(await republish(f.db, actor(f.admin), { versionId: old.id, effectiveFrom: "2019-01-01" }, NOW)).toMatchObject({ status: 400 });
    const draft = await repoCreateDraft(f.db, old.id, f.editor.id);
    const afterDraft = await snapshot(f.db);
    expect(before).not.toBe(afterDraft);
    expect(await republish(f.db, actor(f.admin), { versionId: draft.id, effectiveFrom: "2027-08-01" }, NOW)).toMatchObject({ status: 409, error: "conflict" });
    expect(await snapshot(f.db)).toBe(afterDraft);

    const rolled = await republish(f.db, actor(f.admin), { versionId: old.id, effectiveFrom: "2027-08-01" }, NOW);
    expect(rolled).toMatchObject({ status: 200, ok: true, version: { status: "published", basedOnId: old.id, effectiveFrom: "2027-08-01" } });
    if (rolled.ok) expect((await getVersion(f.db, rolled.version.id))!.body).toMatchObject({ id: "maks-2027-08-01", effectiveFrom: "2027-08-01" });
    const actions = (await listAudit(f.db, 5)).map((a) => a.action);
    expect(actions).toContain("version.republish");
    // The same date again is taken.
    expect(await republish(f.db, actor(f.admin), { versionId: old.id, effectiveFrom: "2027-08-01" }, NOW)).toMatchObject({ status: 409, error: "date_taken" });
  });

  it("does not let an admin disable their own account", async () => {
    const before = await snapshot(f.db);
    expect(await setUserDisabled(f.db, actor(f.admin), { userId: f.admin.id, disabled: true }, NOW)).toMatchObject({ status: 400 });
    expect(await setUserDisabled(f.db, actor(f.admin), { userId: 999_999, disabled: true }, NOW)).toMatchObject({ status: 404 });
    expect(await snapshot(f.db)).toBe(before);
  });
});
