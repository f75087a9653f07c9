import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { openDatabase, type Database } from "@/lib/db/client.server";
import { PublishedLibraryCache, libraryCacheOf, forgetLibraryCache, POLL_MS } from "@/lib/db/published-library-cache.server";
import { createDraft, listVersions, publishDraft } from "@/lib/db/rate-books.server";
import { users } from "@/lib/db/schema";
import { publish } from "@/lib/editor/actions/publish.server";
import { compareQuotes, parseQuoteRequest, type RateBookLibrary } from "@/lib/rating";
import { BACKENDS, freshDatabase } from "./test-database";

const NOW = new Date("2026-11-22T09:00:00.000Z");
const TODAY = "2026-11-22";

function maksEdition(library: RateBookLibrary, policyStart: string): string {
  const parsed = parseQuoteRequest({ policyStart, region: "38", vehicle: { modelId: "hyundai-solaris", year: 2023, price: 624900 }, drivers: [{ age: 40, experienceYears: 20 }] }, catalog, TODAY);
  if (!parsed.ok) throw new Error("bad request");
  return compareQuotes(parsed.request, library, catalog).quotes.find((q) => q.insurerId === "maks")!.rateBook.id;
}

async function publishMaksDraft(db: Database["db"], admin: { id: number; email: string; name: string; role: "admin"; disabledAt: null }, effectiveFrom: string) {
  const base = (await listVersions(db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
  const draft = await createDraft(db, base.id, admin.id);
  const result = await publish(db, admin, { id: String(draft.id), effectiveFrom }, NOW);
  expect(result).toMatchObject({ ok: true });
}

describe.each(BACKENDS)("the published library cached in the process, on %s", (backend) => {
  let database: Database;
  let admin: { id: number; email: string; name: string; role: "admin"; disabledAt: null };

  beforeAll(async () => {
    database = await freshDatabase(backend, { seed: true });
    const [u] = await database.db.insert(users).values({ email: "a@example.org", name: "Admin", role: "admin", passwordHash: "x" }).returning();
    admin = { id: u!.id, email: u!.email, name: u!.name, role: "admin", disabledAt: null };
  }, 60_000);
  afterAll(async () => {
    forgetLibraryCache(database);
    await database.close();
  });

  it("answers quotes from memory: after the first build, no database read (not even a promise)", async () => {
    const cache = libraryCacheOf(database);
    const first = await cache.get();
    const again = cache.get();
    expect(again).not.toBeInstanceOf(Promise);
    expect(again).toBe(first);
    expect(cache.rebuilds).toBe(1);
    expect(cache.editionCount()).toBe(9);
  });

  it("a publish in this process is priced by the very next quote; a scheduled one takes effect by date, with no reload", async () => {
    const cache = libraryCacheOf(database);
    expect(maksEdition((await cache.get()) as RateBookLibrary, "2026-12-01")).toBe("maks-2019-01-01");
    await publishMaksDraft(database.db, admin, "2026-12-01");
    const next = cache.get();
    expect(next).toBeInstanceOf(Promise);
    const library = await next;
    expect(cache.rebuilds).toBe(2);
    // Today's policies keep the old edition; from its date on (midnight, Moscow), the new one —
    // the same library, chosen by the policy's start date.
    expect(maksEdition(library, "2026-11-30")).toBe("maks-2019-01-01");
    expect(maksEdition(library, "2026-12-01")).toBe("maks-2026-12-01");
    expect(cache.get()).toBe(library);
  });

  it("after a publish, reads made while the rebuild is under way (the layout's and the page's) all get the new edition", async () => {
    const cache = libraryCacheOf(database);
    await cache.pricingData();
    await publishMaksDraft(database.db, admin, "2026-12-02");
    // The calculator's layout and page ask at the same time: the first starts the rebuild, the
    // second must wait for it rather than be handed the library from before the publish.
    const layoutRead = cache.pricingData();
    const pageRead = cache.pricingData();
    const quoteRead = cache.get();
    for (const read of [layoutRead, pageRead, quoteRead]) expect(read).toBeInstanceOf(Promise);
    const [layout, page, quote] = await Promise.all([layoutRead, pageRead, quoteRead]);
    expect(maksEdition(layout.library, "2026-12-02")).toBe("maks-2026-12-02");
    expect(maksEdition(page.library, "2026-12-02")).toBe("maks-2026-12-02");
    expect(maksEdition(quote, "2026-12-02")).toBe("maks-2026-12-02");
    expect(cache.pricingData()).toBe(page);
  });

  it("a publish announced while a rebuild is under way is not lost: the next read waits for a build that sees it", async () => {
    const cache = libraryCacheOf(database);
    await cache.pricingData();
    await publishMaksDraft(database.db, admin, "2026-12-03");
    const first = cache.pricingData(); // a rebuild starts
    await publishMaksDraft(database.db, admin, "2026-12-04"); // announced while it runs
    await first;
    const after = await cache.pricingData();
    expect(maksEdition(after.library, "2026-12-04")).toBe("maks-2026-12-04");
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("two instances on one PostgreSQL", () => {
  let a: Database & { url?: string };
  let b: Database;
  let cacheB: PublishedLibraryCache;

  beforeAll(async () => {
    a = await freshDatabase("postgres", { seed: true });
    b = await openDatabase({ url: (a as Database & { url: string }).url });
  }, 60_000);
  afterAll(async () => {
    cacheB?.stop();
    await b.close();
    await a.close();
  });

  it("an edition published on one is priced by the other within a second", async () => {
    cacheB = new PublishedLibraryCache(b.db, true);
    const before = (await cacheB.get()) as RateBookLibrary;
    expect(maksEdition(before, "2026-12-05")).toBe("maks-2019-01-01");
    const [u] = await a.db.insert(users).values({ email: "a2@example.org", name: "Admin", role: "admin", passwordHash: "x" }).returning();
    const started = Date.now();
    // Published on A with the repository function, which announces nothing in this process: B
    // must find it by polling, as another instance would.
    const base = (await listVersions(a.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
    const draft = await createDraft(a.db, base.id, u!.id);
    expect(await publishDraft(a.db, { id: draft.id, effectiveFrom: "2026-12-05", today: TODAY, userId: u!.id })).toMatchObject({ ok: true });
    let seenAfter = Infinity;
    while (Date.now() - started < 3000) {
      const lib = await cacheB.get();
      if (maksEdition(lib, "2026-12-05") === "maks-2026-12-05") {
        seenAfter = Date.now() - started;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seenAfter).toBeLessThan(1000);
    expect(POLL_MS).toBeLessThanOrEqual(500);
  });
});
