import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
export const SCREENSHOT_DIR = join(process.cwd(), "test-results", "screenshots");

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 375, height: 740 } as const;

export function baseURL(): string {
  return inject("baseURL");
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far: a test fails if any appear. */
  problems: string[];
}

/** A fresh browser context (own cookies) and page at the given size, recording console errors. */
export async function openSession(browser: Browser, viewport: { width: number; height: number } = DESKTOP): Promise<Session> {
  const context = await browser.newContext({ viewport, baseURL: baseURL(), locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  // Name the failing resource: the console only says "Failed to load resource".
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`response ${r.status()}: ${r.url()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Runs axe-core on the page; any violation, of any impact, fails the test with its details. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  // Next.js streams the metadata of dynamic pages: after a client-side navigation the title
  // arrives a moment after the content.
  await page.waitForFunction(() => document.title !== "", undefined, { timeout: 5000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations;
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`).join("\n");
  expect(report, `accessibility violations on ${context}`).toBe("");
}

/** Normalises no-break and thin spaces (Intl's digit grouping) to plain spaces for comparisons. */
export function plain(text: string | null): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
}

/**
 * One browser for a test file and a fresh session per test: registers the hooks, closes each
 * session after its test and fails the test on any console error or failed resource it saw.
 */
export function browserPerFile() {
  let browser: Browser | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (!session) return;
    const problems = session.problems.join("\n");
    await session.context.close();
    session = undefined;
    expect(problems, "console errors in the browser").toBe("");
  });
  return {
    open: async (viewport: { width: number; height: number } = DESKTOP): Promise<Session> => {
      session = await openSession(browser!, viewport);
      return session;
    },
  };
}

/** The accounts the end-to-end set-up creates (tests/e2e/setup/server.ts). */
export type Account = "admin" | "editor" | "agent" | "otherAgent" | "colleague" | "head";

/**
 * Signs in through the sign-in form as one of the set-up's accounts, then waits for the page the
 * account lands on (the editor for editors and admins, the client list for agents), or for
 * `landing` when given; `landing: null` does not wait (for sign-ins that are meant to fail or to
 * be followed by something else).
 */
export async function logIn(session: Session, who: Account, { path = "/login", landing }: { path?: string; landing?: RegExp | null } = {}): Promise<void> {
  const { page } = session;
  const account = inject("accounts")[who];
  await page.goto(path);
  await page.getByLabel("Электронная почта").fill(account.email);
  await page.getByLabel("Пароль").fill(account.password);
  await page.getByRole("button", { name: "Войти" }).click();
  const wanted = landing === undefined ? (who === "admin" || who === "editor" ? /\/editor$/ : /\/agent\/clients$/) : landing;
  if (wanted) await page.waitForURL(wanted);
}
