// Two real production servers (the built site, as `npm start` runs it) on one PostgreSQL, as docs/deploy.md runs them.
// Runs only when TEST_DATABASE_URL points at a PostgreSQL server (CI starts one).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serverArgs } from "../../app/_server/entry-path";
import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PAIR_ATTEMPTS as MAX_FAILURES } from "@/lib/auth/throttle.server";
import { launch, plain } from "./helpers/browser";
import { freePort } from "./helpers/processes";

/** The editions shipped in data/rate-books: each is seeded once, whichever instance starts first. */
const SHIPPED_EDITIONS = readdirSync("data/rate-books").reduce((n, insurer) => n + readdirSync(join("data/rate-books", insurer)).filter((f) => f.endsWith(".json")).length, 0);

const ADMIN = { email: "admin@two.local", password: "two-instances-admin-1" };
const EDITOR = { email: "editor@two.local", password: "two-instances-editor-1" };
const EFFECTIVE = "2030-01-01";

interface Instance {
  name: string;
  url: string;
  server: ChildProcess;
  log: string[];
}

async function startInstance(name: string, databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl };
  delete env.KASKO_DATA_DIR;
  const server = spawn(process.execPath, serverArgs(port), { stdio: ["ignore", "pipe", "pipe"], env });
  const log: string[] = [];
  server.stdout?.on("data", (d) => log.push(String(d)));
  server.stderr?.on("data", (d) => log.push(String(d)));
  return { name, url: `http://127.0.0.1:${port}`, server, log };
}

async function health(instance: Instance): Promise<{ status: number; body?: { status: string; editions: number; database: { backend: string } } }> {
  try {
    const res = await fetch(`${instance.url}/api/health`);
    return { status: res.status, body: await res.json() };
  } catch {
    return { status: 0 };
  }
}

async function waitHealthy(instance: Instance): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (instance.server.exitCode !== null) throw new Error(`${instance.name} exited: ${instance.log.join("")}`);
    if ((await health(instance)).status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${instance.name} not healthy in 60 s: ${instance.log.join("")}`);
}

function userCreate(databaseUrl: string, role: string, account: { email: string; password: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete env.KASKO_DATA_DIR;
  const res = spawnSync("node_modules/.bin/tsx", ["lib/cli/user-create.ts", "--role", role, "--email", account.email, "--name", `Two ${role}`, "--password-stdin"], { input: `${account.password}\n`, encoding: "utf8", env });
  if (res.status !== 0) throw new Error(`user:create failed: ${res.stderr}`);
}

/** MAKS's edition and premium for a 3-year-old Solaris on `policyStart`, asked of one instance's API. */
async function maksQuote(instance: Instance, policyStart: string): Promise<{ edition: string; premium: string }> {
  const res = await fetch(`${instance.url}/api/v1/quotes`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ policyStart, region: "38", vehicle: { modelId: "hyundai-solaris", year: 2027, price: 624900 }, drivers: [{ age: 40, experienceYears: 20 }] }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { quotes: { insurerId: string; premium: string; rateBook: { id: string } }[] };
  const maks = body.quotes.find((q) => q.insurerId === "maks")!;
  return { edition: maks.rateBook.id, premium: maks.premium };
}

async function logIn(page: Page, instance: Instance, account: { email: string; password: string }): Promise<string> {
  await page.goto(`${instance.url}/editor/login`);
  await page.getByLabel("Электронная почта").fill(account.email);
  await page.getByLabel("Пароль").fill(account.password);
  await page.getByRole("button", { name: "Войти" }).click();
  const error = page.locator("#login-error");
  // The loser of the race is left waiting: swallow its eventual timeout.
  const signedIn = page.waitForURL(/\/editor$/);
  const refused = error.waitFor();
  signedIn.catch(() => undefined);
  refused.catch(() => undefined);
  await Promise.race([signedIn, refused]);
  return page.url().endsWith("/editor") ? "in" : plain(await error.textContent());
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("two instances on one PostgreSQL", () => {
  const dbName = `kasko_two_${process.pid}`;
  let databaseUrl: string;
  let a: Instance;
  let b: Instance;
  let browser: Browser;
  let context: BrowserContext;

  async function admin(sql: string, params: unknown[] = []) {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      return await client.query(sql, params);
    } finally {
      await client.end();
    }
  }

  async function query(sql: string, params: unknown[] = []) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await admin(`drop database if exists ${dbName} with (force)`);
    await admin(`create database ${dbName}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
    // Both at once, on an empty database: each migrates and seeds under the advisory lock.
    [a, b] = await Promise.all([startInstance("A", databaseUrl), startInstance("B", databaseUrl)]);
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    for (const instance of [a, b]) {
      if (!instance || instance.server.exitCode !== null) continue;
      instance.server.kill("SIGTERM");
      await new Promise((r) => instance.server.once("exit", r));
    }
    await admin(`drop database if exists ${dbName} with (force)`);
  }, 60_000);

  it("both start at once on an empty database: healthy, each edition seeded once", async () => {
    await Promise.all([waitHealthy(a), waitHealthy(b)]);
    for (const instance of [a, b]) expect((await health(instance)).body).toMatchObject({ status: "ok", editions: 9, database: { backend: "postgres" } });
    expect(await query("select count(*)::int as n from rate_book_versions where status = 'published'")).toEqual([{ n: SHIPPED_EDITIONS }]);
    expect(await query("select count(*)::int as n from drizzle.__drizzle_migrations")).toEqual([{ n: readdirMigrations() }]);
    for (const instance of [a, b]) expect(instance.log.join("")).not.toMatch(/error/i);
  }, 90_000);

  it("a session made on A works on B", async () => {
    // Accounts made with the command-line tool while both run (allowed on PostgreSQL).
    userCreate(databaseUrl, "admin", ADMIN);
    userCreate(databaseUrl, "editor", EDITOR);
    context = await browser.newContext({ locale: "ru-RU", timezoneId: "Europe/Moscow" });
    const page = await context.newPage();
    expect(await logIn(page, a, ADMIN)).toBe("in");
    // Same host, other port: the browser sends the same cookie, and B knows the session.
    await page.goto(`${b.url}/editor`);
    expect(new URL(page.url()).pathname).toBe("/editor");
    const cookie = (await context.cookies(b.url)).map((c) => `${c.name}=${c.value}`).join("; ");
    const anonymous = await fetch(`${b.url}/api/v1/editor/versions/1/export`, { redirect: "manual" });
    const signedIn = await fetch(`${b.url}/api/v1/editor/versions/1/export`, { headers: { cookie }, redirect: "manual" });
    expect(anonymous.status).toBe(401);
    expect(signedIn.status).toBe(200);
  }, 90_000);

  it("login throttling counts attempts made on both", async () => {
    const other = await browser.newContext({ locale: "ru-RU", timezoneId: "Europe/Moscow" });
    const page = await other.newPage();
    for (let i = 0; i < MAX_FAILURES; i++) {
      const outcome = await logIn(page, i % 2 === 0 ? a : b, { email: EDITOR.email, password: `wrong-password-${i}` });
      expect(outcome).not.toBe("in");
      expect(outcome).not.toMatch(/Слишком много попыток/);
    }
    // Neither instance alone saw MAX_FAILURES failures; together they did: the right password is refused on both.
    for (const instance of [a, b]) expect(await logIn(page, instance, EDITOR)).toMatch(/Слишком много попыток/);
    await other.close();
  }, 120_000);

  it("an edition published on A prices on B within a second; a scheduled edition takes effect by date, once", async () => {
    const page = context.pages()[0]!;
    // A draft imported through B's API with the session made on A: MAKS's coefficient for 3–4-year-old cars raised to 1.2.
    const book = JSON.parse(readFileSync("data/rate-books/maks/2019-01-01.json", "utf8")) as { factors: { id: string; rows: { value: string }[] }[] };
    book.factors.find((t) => t.id === "vehicle-age")!.rows[3]!.value = "1.2";
    const cookie = (await context.cookies(b.url)).map((c) => `${c.name}=${c.value}`).join("; ");
    const imported = await fetch(`${b.url}/api/v1/editor/import`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(book) });
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: number };

    const before = await maksQuote(b, EFFECTIVE);
    expect(before.edition).toBe("maks-2019-01-01");
    await page.goto(`${a.url}/editor/versions/${id}`);
    const publish = page.locator("form", { has: page.getByRole("button", { name: /^Опубликовать с/ }) });
    await publish.getByLabel("Действует с").fill(EFFECTIVE);
    const confirm = publish.getByRole("checkbox");
    if ((await confirm.count()) > 0) await confirm.check();
    await publish.getByRole("button", { name: /^Опубликовать с/ }).click();
    await page.getByText(/опубликован/i).first().waitFor();
    const published = Date.now();
    let after = before;
    while (Date.now() - published < 3000 && after.edition === before.edition) after = await maksQuote(b, EFFECTIVE);
    const seenAfterMs = Date.now() - published;
    expect(after.edition).toBe(`maks-${EFFECTIVE}`);
    expect(seenAfterMs).toBeLessThan(1000);
    expect(after.premium).toBe("69963.80");
    // Scheduled: policies starting the day before keep the old edition, on both instances.
    for (const instance of [a, b]) {
      expect((await maksQuote(instance, "2029-12-31")).edition).toBe("maks-2019-01-01");
      expect((await maksQuote(instance, EFFECTIVE)).edition).toBe(`maks-${EFFECTIVE}`);
    }
    // Published once: one edition row, one audit entry, whichever instances price with it.
    expect(await query("select count(*)::int as n from rate_book_versions where insurer_id = 'maks' and status = 'published' and effective_from = $1", [EFFECTIVE])).toEqual([{ n: 1 }]);
    expect(await query("select count(*)::int as n from audit_log where action = 'version.publish' and version_id = $1", [id])).toEqual([{ n: 1 }]);
  }, 120_000);

  it("SIGTERM: an instance stops cleanly, and the other goes on serving", async () => {
    a.server.kill("SIGTERM");
    const code = await new Promise<number | null>((r) => a.server.once("exit", (c) => r(c)));
    expect(code).toBe(143);
    expect((await health(b)).status).toBe(200);
    expect((await maksQuote(b, EFFECTIVE)).edition).toBe(`maks-${EFFECTIVE}`);
  }, 60_000);
});

function readdirMigrations(): number {
  return (JSON.parse(readFileSync("lib/db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] }).entries.length;
}
