/**
 * Every mutating editor action: nobody signed in → 401, a user without the role (or a disabled
 * account) → 403, and in both cases nothing changed; the right role → success.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft as repoCreateDraft, getVersion, listVersions } from "@/lib/db/rate-books.server";
import type { Actor } from "@/lib/editor/actions/authorize";
import { createDraft, discardDraft, saveDraft } from "@/lib/editor/actions/drafts.server";
import { importTableCsv } from "@/lib/editor/actions/import-csv.server";
import { importRateBookJson } from "@/lib/editor/actions/import-json.server";
import { publish, republish } from "@/lib/editor/actions/publish.server";
import { createUser, setUserDisabled } from "@/lib/editor/actions/users.server";
import { tableToCsv } from "@/lib/editor/csv";
import type { TFactorTable } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, editorFixture, insertUser, NOW, rateBookText, snapshot, withChangedValue, type EditorFixture } from "./helpers";

type Run = (user: Actor | null) => Promise<{ status: number }>;

interface Case {
  action: string;
  role: "editor" | "admin";
  success: 200 | 201;
  /** Sets up what the action needs and returns the call. */
  prepare: (f: EditorFixture) => Promise<Run>;
}

const publishedId = async (f: EditorFixture, insurerId = "maks") => (await listVersions(f.db)).find((v) => v.insurerId === insurerId && v.status === "published")!.id;
const newDraft = async (f: EditorFixture, insurerId = "maks") => repoCreateDraft(f.db, await publishedId(f, insurerId), f.admin.id);

const CASES: Case[] = [
  {
    action: "createDraft",
    role: "editor",
    success: 201,
    prepare: async (f) => {
      const id = await publishedId(f);
      return (u) => createDraft(f.db, u, { fromVersionId: id }, NOW);
    },
  },
  {
    action: "saveDraft",
    role: "editor",
    success: 200,
    prepare: async (f) => {
      const draft = await newDraft(f);
      return (u) => saveDraft(f.db, u, { id: draft.id, body: withChangedValue(draft.body), baseRevision: draft.revision }, NOW);
    },
  },
  {
    action: "discardDraft",
    role: "editor",
    success: 200,
    prepare: async (f) => {
      const draft = await newDraft(f);
      return (u) => discardDraft(f.db, u, { id: draft.id }, NOW);
    },
  },
  {
    action: "importRateBookJson",
    role: "editor",
    success: 201,
    prepare: async (f) => (u) => importRateBookJson(f.db, u, { text: rateBookText("liberty"), fileName: "liberty.json" }, NOW),
  },
  {
    action: "importTableCsv",
    role: "editor",
    success: 200,
    prepare: async (f) => {
      const draft = await newDraft(f);
      const table = (draft.body as { factors: TFactorTable[] }).factors.find((t) => t.id === "vehicle-age")!;
      const csv = tableToCsv({ ...table, rows: table.rows.map((r, i) => (i === 0 ? { ...r, value: "1.01" } : r)) });
      return (u) => importTableCsv(f.db, u, { id: draft.id, tableId: "vehicle-age", text: csv }, NOW);
    },
  },
  {
    action: "publish",
    role: "admin",
    success: 200,
    prepare: async (f) => {
      const draft = await newDraft(f, "liberty");
      return (u) => publish(f.db, u, { id: draft.id, effectiveFrom: "2027-02-01", expectedRevision: draft.revision }, NOW);
    },
  },
  {
    action: "republish (rollback)",
    role: "admin",
    success: 200,
    prepare: async (f) => {
      const id = await publishedId(f, "ingosstrakh");
      return (u) => republish(f.db, u, { versionId: id, effectiveFrom: "2027-03-01" }, NOW);
    },
  },
  {
    action: "createUser",
    role: "admin",
    success: 201,
    prepare: async (f) => (u) => createUser(f.db, u, { email: "new.editor@example.org", name: "Новый редактор", role: "editor", password: "a long enough password" }, NOW),
  },
  {
    action: "setUserDisabled",
    role: "admin",
    success: 200,
    prepare: async (f) => {
      const target = await insertUser(f.db, "editor");
      return (u) => setUserDisabled(f.db, u, { userId: target.id, disabled: true }, NOW);
    },
  },
];

describe.each(BACKENDS)("who may do what, on %s", (backend) => {
  let f: EditorFixture;
  beforeAll(async () => {
    f = await editorFixture(backend);
  }, 60_000);
  afterAll(async () => {
    await f.database.close();
  });

  it.each(CASES)("$action: anonymous 401, wrong role 403, nothing changed; $role succeeds", async ({ role, success, prepare }) => {
    const run = await prepare(f);
    const before = await snapshot(f.db);

    const anonymous = await run(null);
    expect(anonymous).toMatchObject({ status: 401, ok: false });
    expect(await snapshot(f.db)).toBe(before);

    // An admin-only action tried by an editor; an editor action tried by a disabled editor.
    const wrong = role === "admin" ? f.editor : f.disabled;
    const refused = await run(actor(wrong));
    expect(refused).toMatchObject({ status: 403, ok: false });
    expect(await snapshot(f.db)).toBe(before);

    const done = await run(actor(role === "admin" ? f.admin : f.editor));
    expect(done).toMatchObject({ status: success, ok: true });
    expect(await snapshot(f.db)).not.toBe(before);
  });

  it("lets an admin do what an editor may", async () => {
    const id = await publishedId(f, "rosgosstrakh");
    const result = await createDraft(f.db, actor(f.admin), { fromVersionId: id }, NOW);
    expect(result).toMatchObject({ status: 201, ok: true });
    if (result.ok) expect(await getVersion(f.db, result.version.id)).toMatchObject({ status: "draft", createdBy: f.admin.id });
  });
});
