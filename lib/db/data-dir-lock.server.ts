// Server-only: one process at a time owns an embedded (PGlite) data directory. PGlite has no
// locking of its own: two processes on one directory both confirm writes and then corrupt it.
// The owner holds `<dataDir>.lock`, created atomically (a hard link of a finished file, which
// fails if the lock exists) and removed when the process exits. A lock whose process is gone
// (not running, or the pid now belongs to another process started later, or written before the
// last boot) is stale and taken over. See docs/decisions/0007-single-owner-and-scale-out.md.
import { hostname } from "node:os";
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface LockOwner {
  pid: number;
  /** What holds it: "next start", "user:create", "db:backup", … */
  purpose: string;
  host: string;
  /** The kernel's boot id: a lock written before the last reboot is stale whatever its pid. */
  bootId: string;
  /** The process's start time in clock ticks since boot: tells a reused pid apart. */
  startTicks: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `the embedded database at ${dataDir} is in use by process ${owner.pid} (${owner.purpose}, since ${owner.since}). ` +
        `Only one process may open it. Stop that process first (kill ${owner.pid}), or work through the running site; ` +
        `to run several processes, use PostgreSQL (DATABASE_URL, see docs/deploy.md).`,
    );
    this.name = "DataDirLockedError";
  }
}

/**
 * Whether `error` is a DataDirLockedError, also one made by another copy of this module: the
 * production server bundles lib/ apart from Next.js's bundles, so a class test (instanceof) would
 * miss an error thrown by the other copy (both share the process's state, see globalThis).
 */
export function isDataDirLockedError(error: unknown): error is DataDirLockedError {
  return error instanceof Error && error.name === "DataDirLockedError" && "owner" in error;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return "";
  }
}

function bootId(): string {
  return readOrEmpty("/proc/sys/kernel/random/boot_id");
}

/** Field 22 of /proc/<pid>/stat (the start time); "" where /proc is not available. */
function startTicksOf(pid: number): string {
  const stat = readOrEmpty(`/proc/${pid}/stat`);
  // The command name (field 2) may contain spaces and parentheses: count from the last ")".
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return rest[19] ?? "";
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the process that wrote this lock is still the one running under its pid. */
export function ownerIsAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine's process: cannot tell, never steal
  if (owner.bootId && bootId() && owner.bootId !== bootId()) return false;
  if (!isRunning(owner.pid)) return false;
  const ticks = startTicksOf(owner.pid);
  return !(owner.startTicks && ticks && ticks !== owner.startTicks);
}

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

export function lockPathOf(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

const held = new Map<string, { path: string; text: string }>();

function releaseAll() {
  for (const key of [...held.keys()]) releaseDataDirLock(key);
}

let exitHookInstalled = false;

/**
 * Takes the data directory for this process, or throws DataDirLockedError naming the owner.
 * Re-entrant within one process (the same process may open it again after closing).
 */
export function acquireDataDirLock(dataDir: string, purpose: string): void {
  const path = lockPathOf(dataDir);
  if (held.has(path)) return;
  const me: LockOwner = { pid: process.pid, purpose, host: hostname(), bootId: bootId(), startTicks: startTicksOf(process.pid), since: new Date().toISOString() };
  const text = JSON.stringify(me);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, text, { flag: "wx" });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(temp, path); // atomic: fails with EEXIST when someone holds the lock
        held.set(path, { path, text });
        if (!exitHookInstalled) {
          exitHookInstalled = true;
          process.once("exit", releaseAll);
        }
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const current = readOrEmpty(path);
      const owner = parseOwner(current);
      if (owner && owner.pid === process.pid && owner.startTicks === me.startTicks) {
        held.set(path, { path, text: current });
        return;
      }
      if (owner && ownerIsAlive(owner)) throw new DataDirLockedError(resolve(dataDir), owner);
      if (!owner && current === "" && attempt === 0) {
        // Half-written by another taker this very moment, or truly empty: look again shortly.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        if (readOrEmpty(path) !== "") continue;
      }
      takeOverStale(path, current);
    }
    throw new Error(`could not take the lock ${path}: it keeps changing hands`);
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Moves a stale lock aside, but only if it is still the same stale lock: the rename is atomic,
 * and the moved file is checked; if another process replaced it meanwhile with a live lock,
 * that lock is put back (link fails if a third process already holds it anew — then its own).
 */
function takeOverStale(path: string, staleText: string) {
  const aside = `${path}.stale.${process.pid}.${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // someone else removed it: try again
    throw e;
  }
  const moved = readOrEmpty(aside);
  if (moved !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // a newer lock is already in place
    }
  }
  unlinkSync(aside);
}

/** Gives the data directory up (only if this process still holds it). */
export function releaseDataDirLock(dataDir: string): void {
  const path = dataDir.endsWith(".lock") ? dataDir : lockPathOf(dataDir);
  const entry = held.get(path);
  if (!entry) return;
  held.delete(path);
  if (readOrEmpty(path) === entry.text) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}

/** Who holds the data directory now (a live owner), or null. */
export function currentOwner(dataDir: string): LockOwner | null {
  const owner = parseOwner(readOrEmpty(lockPathOf(dataDir)));
  return owner && ownerIsAlive(owner) ? owner : null;
}
