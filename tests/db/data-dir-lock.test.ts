import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client.server";
import { DataDirLockedError, lockPathOf } from "@/lib/db/data-dir-lock.server";
import { listUsers } from "@/lib/auth/users.server";

// Defect: two processes on one embedded data directory both opened it, both confirmed writes,
// and the directory was destroyed. Now the first owns it and every other process is refused.
const dir = mkdtempSync(join(tmpdir(), "kasko-lock-"));
const TSX = join(process.cwd(), "node_modules/.bin/tsx");

function env(dataDir: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, KASKO_DATA_DIR: dataDir };
  delete e.DATABASE_URL;
  return e;
}

function userCreate(dataDir: string, email: string) {
  return spawnSync(TSX, ["lib/cli/user-create.ts", "--role", "editor", "--email", email, "--name", "Second", "--password-stdin"], {
    input: "a-long-enough-password-1\n",
    env: env(dataDir),
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** Another process opening the data directory the way the server does, then exiting. */
function openInChild(dataDir: string) {
  const script = `import { openDatabase } from "./lib/db/client.server.ts";
const d = await openDatabase({ dataDir: ${JSON.stringify(dataDir)}, purpose: "child" });
await d.close();
process.stdout.write("opened");`;
  return spawnSync(TSX, ["--input-type=module", "-e", script], { env: env(dataDir), encoding: "utf8", timeout: 60_000 });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("one owner for an embedded data directory", () => {
  it("refuses a second process at once, naming the owner's pid; the owner's data stays intact", async () => {
    const dataDir = join(dir, "owned");
    const owner = await openDatabase({ dataDir, purpose: "test owner" });
    try {
      const created = userCreate(dataDir, "second@example.com");
      expect(created.status).toBe(1);
      expect(created.stderr).toContain(`in use by process ${process.pid} (test owner`);
      expect(created.stderr).toContain("Stop that process first");
      const child = openInChild(dataDir);
      expect(child.status).not.toBe(0);
      expect(child.stderr).toContain(`in use by process ${process.pid}`);
      expect(child.stdout).not.toContain("opened");
      // The owner goes on working.
      expect(await listUsers(owner.db)).toEqual([]);
    } finally {
      await owner.close();
    }
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
    // Released: the tool now works, and the database opens cleanly with its one account.
    expect(userCreate(dataDir, "second@example.com").status).toBe(0);
    const again = await openDatabase({ dataDir });
    try {
      expect((await listUsers(again.db)).map((u) => u.email)).toEqual(["second@example.com"]);
    } finally {
      await again.close();
    }
  }, 120_000);

  it("a process that exits releases the directory", () => {
    const dataDir = join(dir, "released");
    expect(openInChild(dataDir).stdout).toBe("opened");
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
    expect(openInChild(dataDir).stdout).toBe("opened");
  }, 120_000);

  it("takes over a lock left by a dead process, and one whose pid now belongs to another process", async () => {
    const dataDir = join(dir, "stale");
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.once("exit", r));
    const stale = { pid: dead.pid, purpose: "crashed", host: hostname(), bootId: "", startTicks: "", since: "2026-01-01T00:00:00.000Z" };
    writeFileSync(lockPathOf(dataDir), JSON.stringify(stale));
    const first = await openDatabase({ dataDir, purpose: "after crash" });
    expect(JSON.parse(readFileSync(lockPathOf(dataDir), "utf8"))).toMatchObject({ pid: process.pid, purpose: "after crash" });
    await first.close();
    // pid 1 is alive, but it was not started at this tick: the pid was reused, the lock is stale.
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ ...stale, pid: 1, startTicks: "1" }));
    const second = await openDatabase({ dataDir, purpose: "after reuse" });
    await second.close();
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
  }, 120_000);

  it("a write acknowledged before the owner is killed (SIGKILL) is there when the next process takes over", async () => {
    const dataDir = join(dir, "crash");
    const script = `import { openDatabase } from "./lib/db/client.server.ts";
import { users } from "./lib/db/schema.ts";
const d = await openDatabase({ dataDir: ${JSON.stringify(dataDir)}, purpose: "crashing" });
await d.db.insert(users).values({ email: "kept@example.org", name: "Kept", role: "editor", passwordHash: "x" });
process.stdout.write("acknowledged\\n");
setInterval(() => {}, 1000);`;
    // node itself with tsx's loader (the tsx launcher would be killed and leave its node child running).
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: env(dataDir), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    await new Promise<void>((resolveAck, reject) => {
      child.stdout!.on("data", (d) => {
        out += String(d);
        if (out.includes("acknowledged")) resolveAck();
      });
      child.once("exit", () => reject(new Error(`exited before acknowledging: ${out}`)));
    });
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(existsSync(lockPathOf(dataDir))).toBe(true); // left behind by the killed owner
    const next = await openDatabase({ dataDir, purpose: "after the crash" });
    try {
      expect((await listUsers(next.db)).map((u) => u.email)).toEqual(["kept@example.org"]);
    } finally {
      await next.close();
    }
  }, 120_000);

  it("the error names the owner and what to do", () => {
    const error = new DataDirLockedError("/srv/kasko/pglite", { pid: 4242, purpose: "next start", host: "h", bootId: "", startTicks: "", since: "2026-12-06T00:00:00.000Z" });
    expect(error.message).toBe(
      "the embedded database at /srv/kasko/pglite is in use by process 4242 (next start, since 2026-12-06T00:00:00.000Z). Only one process may open it. Stop that process first (kill 4242), or work through the running site; to run several processes, use PostgreSQL (DATABASE_URL, see docs/deploy.md).",
    );
  });
});
