// Server-only: the snapshot of what an embedded database publishes — every published edition's
// stored body and the current catalog's models — kept in one file beside the data directory
// (`<dataDir>.published.json`), so that a restarted server can price its first quotes while the
// database is still opening. See docs/decisions/0029-cold-start.md.
//
// The file never claims more than the database publishes:
// - it is written atomically (a finished temporary file renamed over it), with a checksum that
//   is checked on reading (a torn, edited or corrupt file is ignored);
// - it is sealed when the database is closed with the stamp of the data directory as closed, and
//   used before opening only if the directory still has that stamp (nothing opened it since);
// - every transaction that changes what is published removes it before it commits
//   (invalidatePublishedSnapshots), and the library rebuilt after the commit writes it again;
// - a writer that started reading before a removal does not write (the removal count moved).
// When the database is open, its own content's hash is compared with the snapshot's.
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/** What a database publishes, in the form it stores it. */
export interface PublishedContent {
  /** The published editions' stored bodies (any order). */
  editions: readonly unknown[];
  /** The catalog's current (not removed) models, stored bodies (any order). */
  models: readonly unknown[];
  /** The catalog's current (not removed) makes, stored bodies (any order): their names and spellings serve the type-ahead. */
  makes: readonly unknown[];
}

/** The snapshot format; a file of another format is ignored. */
export const SNAPSHOT_FORMAT = 2;

/** What else a snapshot must match to be used: the build's migrations and the data/ it was seeded from. */
export interface SnapshotStamps {
  /** The migrations applied to the database (migrationsFingerprint). */
  migrations: string;
  /** The shipped data the database holds all of (shippedFingerprint); null: not known, never used. */
  shipped: string | null;
  /**
   * The data directory's control file as the database was closed (dataDirStamp), written when the
   * process that owned it closed it; null while it is open. Opening the database changes that
   * file, so a snapshot is used only if nothing has opened the database since it was sealed.
   */
  dataDir: string | null;
}

export interface PublishedSnapshot extends PublishedContent, SnapshotStamps {
  format: typeof SNAPSHOT_FORMAT;
  /** sha256 of the content (contentHash). */
  hash: string;
  writtenAt: string;
}

/** Where the snapshot of the embedded database at `dataDir` lives (beside it, like its lock). */
export function snapshotPathOf(dataDir: string): string {
  return `${dataDir}.published.json`;
}

/**
 * The data directory's identity as it stands: a hash of PostgreSQL's control file, which every
 * open and every close of the database rewrites (checkpoint location and time). "" if none.
 */
export function dataDirStamp(dataDir: string): string {
  try {
    return createHash("sha256").update(readFileSync(join(dataDir, "global", "pg_control"))).digest("hex");
  } catch {
    return "";
  }
}

/** JSON with every object's keys in order: the database's jsonb reorders keys, the files do not. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * The content's identity: the same editions, models and makes give the same hash whatever their
 * order or key order (each sorted by its canonical text).
 */
export function contentHash(content: PublishedContent): string {
  const editions = content.editions.map(canonicalJson).sort();
  const models = content.models.map(canonicalJson).sort();
  const makes = content.makes.map(canonicalJson).sort();
  const hash = createHash("sha256");
  hash.update(`kasko-published-library:${SNAPSHOT_FORMAT}\n`);
  for (const e of editions) hash.update(`E${e}\n`);
  for (const m of models) hash.update(`M${m}\n`);
  for (const k of makes) hash.update(`K${k}\n`);
  return hash.digest("hex");
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The snapshot at `path`, or undefined if there is none or it is not whole (bad JSON, another
 * format, content whose bytes do not match the header's checksum). The file is two lines: a
 * header (format, stamps, the content hash, the checksum of the second line) and the content,
 * so that checking it costs one pass over the bytes rather than re-hashing the content.
 */
export function readSnapshot(path: string): PublishedSnapshot | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    const newline = text.indexOf("\n");
    if (newline < 0) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as Partial<PublishedSnapshot> & { checksum?: unknown };
    const body = text.slice(newline + 1);
    if (header?.format !== SNAPSHOT_FORMAT || typeof header.hash !== "string" || typeof header.checksum !== "string" || sha256(body) !== header.checksum) return undefined;
    if (typeof header.migrations !== "string" || (header.shipped !== null && typeof header.shipped !== "string") || (header.dataDir !== null && typeof header.dataDir !== "string")) return undefined;
    const content = JSON.parse(body) as Partial<PublishedContent>;
    if (!Array.isArray(content?.editions) || !Array.isArray(content.models) || !Array.isArray(content.makes)) return undefined;
    return { format: SNAPSHOT_FORMAT, hash: header.hash, migrations: header.migrations, shipped: header.shipped ?? null, dataDir: header.dataDir ?? null, writtenAt: String(header.writtenAt ?? ""), editions: content.editions, models: content.models, makes: content.makes };
  } catch {
    return undefined;
  }
}

let temporaries = 0;

/**
 * Writes the snapshot of `content` at `path` atomically: a temporary file beside it, flushed to
 * disk, then renamed over the old one; a failure leaves the old file (or none) and no temporary
 * one. Returns the hash written.
 */
export function writeSnapshot(path: string, content: PublishedContent, stamps: SnapshotStamps, hash = contentHash(content)): string {
  const body = JSON.stringify({ editions: content.editions, models: content.models, makes: content.makes });
  const header = { format: SNAPSHOT_FORMAT, hash, ...stamps, writtenAt: new Date().toISOString(), checksum: sha256(body) };
  temporaries += 1;
  const temporary = `${path}.${process.pid}.${temporaries}.tmp`;
  try {
    const fd = openSync(temporary, "wx");
    try {
      writeSync(fd, `${JSON.stringify(header)}\n${body}`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // not created
    }
    throw e;
  }
  return hash;
}

/** Removes the snapshot at `path` (none there is fine). */
export function removeSnapshot(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
}

interface SnapshotRegistry {
  /** The snapshots of the embedded databases open in this process: whether each file there may be kept at close. */
  open: Map<string, { dataDir: string; trusted: boolean }>;
  /** Bumped by every invalidation: a writer that read before it must not write. */
  invalidations: number;
  /** Bumped by every invalidation but the seed's: a change made here (publish, catalog edit). */
  changes: number;
}

const globalForSnapshots = globalThis as unknown as { kaskoSnapshots?: SnapshotRegistry };

function registry(): SnapshotRegistry {
  return (globalForSnapshots.kaskoSnapshots ??= { open: new Map(), invalidations: 0, changes: 0 });
}

/**
 * A snapshot that may be used before its database is open: whole, sealed by the process that last
 * closed the database (nothing opened it since), of this build's migrations and shipped data.
 */
export function usableSnapshot(dataDir: string, stamps: { migrations: string; shipped: string }): PublishedSnapshot | undefined {
  const snapshot = readSnapshot(snapshotPathOf(dataDir));
  if (!snapshot || snapshot.dataDir === null || snapshot.dataDir === "" || snapshot.dataDir !== dataDirStamp(dataDir)) return undefined;
  if (snapshot.migrations !== stamps.migrations || snapshot.shipped === null || snapshot.shipped !== stamps.shipped) return undefined;
  return snapshot;
}

/**
 * Called when an embedded database on disk is about to be opened here (before it is: opening
 * rewrites the stamp). The snapshot there is kept at close only if it was sealed for exactly this
 * data directory, or if this process writes it.
 */
export function registerSnapshot(dataDir: string): string {
  const path = snapshotPathOf(dataDir);
  const snapshot = readSnapshot(path);
  const trusted = snapshot !== undefined && snapshot.dataDir !== null && snapshot.dataDir !== "" && snapshot.dataDir === dataDirStamp(dataDir);
  registry().open.set(path, { dataDir, trusted });
  return path;
}

/** Writes the snapshot of an open database (unsealed), as its owner after reading the database. */
export function writeOpenSnapshot(path: string, content: PublishedContent, stamps: Omit<SnapshotStamps, "dataDir">, hash?: string): void {
  writeSnapshot(path, content, { ...stamps, dataDir: null }, hash);
  const entry = registry().open.get(path);
  if (entry) entry.trusted = true;
}

/**
 * Called after the database was closed: seals a trusted snapshot with the data directory's stamp
 * as closed, and removes one that was not (it may describe another copy of the database).
 */
export function sealSnapshot(path: string): void {
  const entry = registry().open.get(path);
  registry().open.delete(path);
  if (!entry) return;
  const snapshot = entry.trusted ? readSnapshot(path) : undefined;
  if (!snapshot) {
    removeSnapshot(path);
    return;
  }
  writeSnapshot(path, snapshot, { migrations: snapshot.migrations, shipped: snapshot.shipped, dataDir: dataDirStamp(entry.dataDir) }, snapshot.hash);
}

/** Forgets a database that was not opened after all (its opening failed): its snapshot stays as it was. */
export function unregisterSnapshot(path: string): void {
  registry().open.delete(path);
}

/**
 * Called inside every transaction that changes what is published (an edition published, a
 * catalog model added, changed or removed, the seed), before it commits: removes the snapshots
 * of the embedded databases open in this process. Removing one that this change does not concern
 * only costs the next cold start its head start; keeping a wrong one would price with it.
 * `cause` "seed": the seed of data/ (what a new data directory's first quotes already price with).
 */
export function invalidatePublishedSnapshots(cause: "change" | "seed" = "change"): void {
  const r = registry();
  r.invalidations += 1;
  if (cause === "change") r.changes += 1;
  for (const path of r.open.keys()) removeSnapshot(path);
}

/** The invalidation count, to compare before and after reading a database's content. */
export function snapshotInvalidations(): number {
  return registry().invalidations;
}

/** The count of changes (invalidations other than the seed's) made in this process so far. */
export function publishedChanges(): number {
  return registry().changes;
}
