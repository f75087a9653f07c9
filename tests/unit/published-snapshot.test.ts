import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  canonicalJson,
  contentHash,
  dataDirStamp,
  invalidatePublishedSnapshots,
  readSnapshot,
  registerSnapshot,
  sealSnapshot,
  snapshotPathOf,
  usableSnapshot,
  writeOpenSnapshot,
  writeSnapshot,
} from "@/lib/db/published-snapshot.server";

const root = mkdtempSync(join(tmpdir(), "kasko-snapshot-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dirs = 0;
function place(): { dir: string; path: string } {
  dirs += 1;
  const dir = join(root, `d${dirs}`);
  mkdirSync(dir);
  return { dir, path: join(dir, "pglite.published.json") };
}

const CONTENT = {
  editions: [
    { id: "maks-2019-01-01", insurer: { id: "maks" }, effectiveFrom: "2019-01-01", base: "0.05" },
    { id: "maks-2027-01-01", insurer: { id: "maks" }, effectiveFrom: "2027-01-01", base: "0.06" },
  ],
  models: [{ id: "mazda-3", make: "Mazda", priceClass: 2 }],
  makes: [{ name: "Mazda", names: { ru: "Мазда", en: "Mazda" }, spellings: ["мазда"] }],
};
const STAMPS = { migrations: "0000_init,0001_next", shipped: "abc", dataDir: "stamp" };

describe("the published-library snapshot file", () => {
  it("reads back what was written, whole", () => {
    const { path } = place();
    const hash = writeSnapshot(path, CONTENT, STAMPS);
    expect(hash).toBe(contentHash(CONTENT));
    expect(readSnapshot(path)).toMatchObject({ format: 2, hash, ...STAMPS, editions: CONTENT.editions, models: CONTENT.models, makes: CONTENT.makes });
  });

  it("is written atomically: a temporary file renamed over the old one, none left behind", () => {
    const { dir, path } = place();
    writeSnapshot(path, CONTENT, STAMPS);
    writeSnapshot(path, { ...CONTENT, models: [] }, STAMPS);
    expect(readdirSync(dir)).toEqual(["pglite.published.json"]);
    expect(readSnapshot(path)!.models).toEqual([]);
  });

  it("a write that fails throws and leaves what was there, and no temporary file", () => {
    const { dir } = place();
    // The rename cannot replace a directory that holds a file (not even as root).
    const path = join(dir, "taken");
    mkdirSync(path);
    writeFileSync(join(path, "inside"), "kept");
    expect(() => writeSnapshot(path, CONTENT, STAMPS)).toThrow();
    expect(readFileSync(join(path, "inside"), "utf8")).toBe("kept");
    expect(readdirSync(dir)).toEqual(["taken"]);
    // Into a directory that does not exist: throws, creates nothing.
    expect(() => writeSnapshot(join(dir, "missing", "x.json"), CONTENT, STAMPS)).toThrow();
    expect(readdirSync(dir)).toEqual(["taken"]);
  });

  it("ignores a missing, torn, edited or foreign file", () => {
    const { path } = place();
    expect(readSnapshot(path)).toBeUndefined();
    writeSnapshot(path, CONTENT, STAMPS);
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.slice(0, text.length - 20));
    expect(readSnapshot(path)).toBeUndefined();
    // The content changed (a rate changed) but not the hash.
    writeFileSync(path, text.replace('"0.06"', '"0.07"'));
    expect(readSnapshot(path)).toBeUndefined();
    writeFileSync(path, text.replace('"format":2', '"format":1'));
    expect(readSnapshot(path)).toBeUndefined();
    writeFileSync(path, text.replace("\n", " "));
    expect(readSnapshot(path)).toBeUndefined();
    writeFileSync(path, "null");
    expect(readSnapshot(path)).toBeUndefined();
    writeFileSync(path, text);
    expect(readSnapshot(path)).toBeDefined();
  });

  it("the content hash ignores the order of editions, models and keys, and nothing else", () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean())), { maxLength: 5 }), (editions) => {
        const reordered = [...editions].reverse().map((e) => Object.fromEntries(Object.entries(e).reverse()));
        expect(contentHash({ editions: reordered, models: [], makes: [] })).toBe(contentHash({ editions, models: [], makes: [] }));
        expect(contentHash({ editions, models: [], makes: [] })).not.toBe(contentHash({ editions: [...editions, { extra: 1 }], models: [], makes: [] }));
        // A make is part of what is published: its names and spellings serve the type-ahead.
        expect(contentHash({ editions, models: [], makes: [] })).not.toBe(contentHash({ editions, models: [], makes: [{ name: "Tank" }] }));
      }),
    );
    expect(canonicalJson({ b: 1, a: [{ d: "x", c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
  });

  it("is used before the database opens only if sealed for the data directory as it is, by this build's migrations and data", () => {
    const { dir } = place();
    const dataDir = join(dir, "pglite");
    mkdirSync(join(dataDir, "global"), { recursive: true });
    writeFileSync(join(dataDir, "global", "pg_control"), "closed once");
    const path = snapshotPathOf(dataDir);
    const build = { migrations: STAMPS.migrations, shipped: STAMPS.shipped };
    writeSnapshot(path, CONTENT, { ...build, dataDir: dataDirStamp(dataDir) });
    expect(usableSnapshot(dataDir, build)).toBeDefined();
    expect(usableSnapshot(dataDir, { ...build, migrations: "0000_init,0001_next,0002_more" })).toBeUndefined();
    expect(usableSnapshot(dataDir, { ...build, shipped: "other data" })).toBeUndefined();
    // The database was opened since (its control file changed): not used.
    writeFileSync(join(dataDir, "global", "pg_control"), "opened again");
    expect(usableSnapshot(dataDir, build)).toBeUndefined();
    // Unsealed (written while the database was open, the process then died): not used.
    writeSnapshot(path, CONTENT, { ...build, dataDir: null });
    expect(usableSnapshot(dataDir, build)).toBeUndefined();
  });

  it("sealing at close keeps a trusted snapshot (stamped as closed) and removes one that was not", () => {
    const { dir } = place();
    const dataDir = join(dir, "pglite");
    mkdirSync(join(dataDir, "global"), { recursive: true });
    writeFileSync(join(dataDir, "global", "pg_control"), "v1");
    const build = { migrations: "m", shipped: "s" };
    const path = snapshotPathOf(dataDir);
    // Not sealed for this directory as it is: not trusted, removed at close.
    writeSnapshot(path, CONTENT, { ...build, dataDir: "another copy" });
    registerSnapshot(dataDir);
    writeFileSync(join(dataDir, "global", "pg_control"), "v2");
    sealSnapshot(path);
    expect(existsSync(path)).toBe(false);
    // Written by the owner while open, then sealed with the directory's stamp as closed.
    registerSnapshot(dataDir);
    writeOpenSnapshot(path, CONTENT, build);
    expect(readSnapshot(path)!.dataDir).toBeNull();
    writeFileSync(join(dataDir, "global", "pg_control"), "v3");
    sealSnapshot(path);
    expect(readSnapshot(path)).toMatchObject({ dataDir: dataDirStamp(dataDir), hash: contentHash(CONTENT) });
    expect(usableSnapshot(dataDir, build)).toBeDefined();
    // Opened again and a change is made: the snapshot is removed before the change commits, and stays so.
    registerSnapshot(dataDir);
    invalidatePublishedSnapshots();
    expect(existsSync(path)).toBe(false);
    sealSnapshot(path);
    expect(existsSync(path)).toBe(false);
  });
});
