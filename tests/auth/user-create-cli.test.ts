import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agencies, agencyMembers } from "@/lib/db/schema";
import { openDatabase } from "@/lib/db/client.server";
import { authenticate, listUsers } from "@/lib/auth/users.server";

// The real command (tsx, not the npm wrapper, to keep the test quick) on an embedded database in
// a temporary directory. DATABASE_URL is removed so it can never touch a real database.
const dir = mkdtempSync(join(tmpdir(), "kasko-user-create-"));
const dataDir = join(dir, "pglite");

function userCreate(args: string[], input?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, KASKO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const res = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/user-create.ts", ...args], { input, env, encoding: "utf8", timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run user:create", () => {
  it("creates an admin and prints the generated password once; the password works", async () => {
    const { code, stdout, stderr } = userCreate(["--role", "admin", "--email", "Anna@Example.com", "--name", "Anna"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const password = /password \(shown only this once\): (\S+)\n/.exec(stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(stdout.split(password!).length - 1).toBe(1);
    expect(stdout).toContain("created admin anna@example.com (Anna)");

    const database = await openDatabase({ dataDir });
    try {
      expect((await listUsers(database.db)).map((u) => [u.email, u.name, u.role])).toEqual([["anna@example.com", "Anna", "admin"]]);
      expect(await authenticate(database.db, "anna@example.com", password!, new Date())).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  }, 90_000);

  it("takes the password from stdin and prints no password", () => {
    const { code, stdout } = userCreate(["--role=editor", "--email=ed@example.com", "--name=Ed", "--password-stdin"], "a long enough password\n");
    expect(code).toBe(0);
    expect(stdout).toContain("created editor ed@example.com (Ed)");
    expect(stdout).not.toMatch(/password/);
  }, 60_000);

  it("refuses a duplicate e-mail with exit code 2", () => {
    const { code, stdout, stderr } = userCreate(["--role", "editor", "--email", "anna@example.com", "--name", "Anna Again"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/already exists/);
  }, 60_000);

  it("creates an agency and its head agent with --create-agency, then a second agent in it", async () => {
    const first = userCreate(["--role", "agent", "--agency", "alfa", "--create-agency", "--agency-name", "Альфа-Агент", "--head", "--email", "head@alfa.example", "--name", "Глава", "--password-stdin"], "a long enough password\n");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created agency alfa \(Альфа-Агент\)/);
    expect(first.stdout).toContain("created agent head@alfa.example (Глава)");
    expect(first.stdout).toContain("agency alfa (head)");
    const second = userCreate(["--role", "agent", "--agency", "alfa", "--email", "agent@alfa.example", "--name", "Агент", "--phone", "8 912 000-00-00", "--password-stdin"], "a long enough password\n");
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/created agency/);
    const missing = userCreate(["--role", "agent", "--agency", "nope", "--email", "x@alfa.example", "--name", "X", "--password-stdin"], "a long enough password\n");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no agency with the slug "nope"/);

    const database = await openDatabase({ dataDir });
    try {
      const members = await database.db.select({ isHead: agencyMembers.isHead, phone: agencyMembers.phone, slug: agencies.slug }).from(agencyMembers).innerJoin(agencies, eq(agencies.id, agencyMembers.agencyId));
      expect(members.sort((a, b) => Number(b.isHead) - Number(a.isHead))).toEqual([
        { isHead: true, phone: "", slug: "alfa" },
        { isHead: false, phone: "+79120000000", slug: "alfa" },
      ]);
    } finally {
      await database.close();
    }
  }, 90_000);

  it("refuses bad arguments with exit code 2 before touching the database", () => {
    const cases: [string[], RegExp, string?][] = [
      [["--role", "owner", "--email", "o@example.com", "--name", "O"], /unknown role "owner"/],
      [["--role", "editor", "--email", "not-an-email", "--name", "N"], /not an e-mail address/],
      [["--role", "editor", "--email", "n@example.com"], /missing --name/],
      [["--role", "editor", "--email", "n@example.com", "--name", "N", "--admin"], /unknown argument "--admin"/],
      [["--role", "editor", "--email", "n@example.com", "--name", "N", "--password-stdin"], /at least 12 characters/, "short\n"],
      [["--role", "agent", "--email", "n@example.com", "--name", "N"], /an agent needs --agency/],
      [["--role", "editor", "--agency", "alfa", "--email", "n@example.com", "--name", "N"], /--agency only for --role agent/],
    ];
    for (const [args, message, input] of cases) {
      const { code, stderr } = userCreate(args, input);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(/usage: npm run -s user:create/);
    }
  }, 60_000);
});
