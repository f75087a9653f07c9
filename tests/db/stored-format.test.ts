/**
 * Rate books are stored as written: a version-1 book stays version 1 in the database (seeded,
 * drafted, published), a version-2 book stays version 2, so the editor shows what the author wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client.server";
import { createDraft, getVersion, listVersions, publishDraft } from "@/lib/db/rate-books.server";
import { users } from "@/lib/db/schema";
import { seedRateBooks } from "@/seeds/seed-database";
import { BACKENDS, freshDatabase } from "./test-database";

describe.each(BACKENDS)("rate-book bodies as written, on %s", (backend) => {
  let database: Database;
  let editor: number;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    const [u] = await database.db.insert(users).values({ email: "e@example.org", name: "Editor", role: "editor", passwordHash: "x" }).returning();
    editor = u!.id;
    await seedRateBooks(database.db);
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  it("seeds each book in its own version", async () => {
    const versions = await listVersions(database.db);
    const versionOf = (insurerId: string, date: string) => (versions.find((v) => v.insurerId === insurerId && v.effectiveFrom === date)!.body as { schemaVersion: number }).schemaVersion;
    expect(versionOf("maks", "2019-01-01")).toBe(1);
    expect(versionOf("ingosstrakh", "2019-01-01")).toBe(1);
    expect(versionOf("ingosstrakh", "2027-07-01")).toBe(2);
  });

  it("a version-1 draft published stays version 1, with its rounding as written", async () => {
    const maks = (await listVersions(database.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
    const draft = await createDraft(database.db, maks.id, editor);
    const published = await publishDraft(database.db, { id: draft.id, effectiveFrom: "2027-02-01", today: "2026-12-01", userId: editor });
    expect(published.ok).toBe(true);
    const body = (await getVersion(database.db, draft.id))!.body as { schemaVersion: number; rounding: Record<string, unknown>; provenance: Record<string, unknown> };
    expect(body.schemaVersion).toBe(1);
    expect(body.rounding).toEqual((maks.body as { rounding: unknown }).rounding);
    expect(body.provenance.demonstration).toBe(true);
  });
});
