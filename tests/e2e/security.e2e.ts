/**
 * Security headers in a real browser against the production server: every page carries a CSP whose nonce
 * is new on every request and is on Next's own scripts; the pages still work under it (this file
 * and every other browser test fail on any console error, and a CSP violation is one — checked
 * below); API routes get static headers without the per-request work.
 */
import { describe, expect, inject, it } from "vitest";
import { baseURL, browserPerFile, DESKTOP, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

const PAGES = ["/", "/?model=mazda-3&year=2026&price=1200000&region=38&d=30_5_m_y_y", "/guide", "/guide/franchise", "/editor/login"];

describe("security headers", () => {
  it("every page: a CSP with a fresh nonce on each request, frame-ancestors 'none', nosniff, referrer and permissions policies", async () => {
    for (const path of PAGES) {
      const [a, b] = [await fetch(`${baseURL()}${path}`), await fetch(`${baseURL()}${path}`)];
      expect(a.status, path).toBe(200);
      const csp = a.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce, `${path}: ${csp}`).toBeTruthy();
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(b.headers.get("content-security-policy")).not.toBe(csp);
      expect(a.headers.get("x-content-type-options")).toBe("nosniff");
      expect(a.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(a.headers.get("permissions-policy")).toContain("camera=()");
      expect(a.headers.get("x-frame-options")).toBe("DENY");
      // Next's scripts carry this response's nonce; none goes without.
      const html = await a.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      await b.text();
    }
  });

  it("API routes: static headers and a CSP that allows nothing (Next.js's routes and the quote API's fast lane)", async () => {
    const quote = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5 }] }) };
    for (const [path, init] of [["/api/v1/regions", {}], ["/api/v1/quotes", quote], ["/api/v1/quotes?detail=brief", quote]] as const) {
      const res = await fetch(`${baseURL()}${path}`, init);
      expect(res.status, path).toBe(path.includes("brief") ? 400 : 200);
      expect(res.headers.get("content-security-policy"), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy"), path).toContain("camera=()");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      await res.text();
    }
  });

  it("a CSP violation shows in the console and so fails a browser test", async () => {
    s = await browser.open(DESKTOP);
    await s.page.goto("/");
    await s.page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "https://blocked.example/pixel.png";
      img.alt = "";
      document.body.append(img);
    });
    await expect.poll(() => s.problems.join("\n")).toMatch(/Content Security Policy/);
    // Seen and reported: cleared so that only this deliberate violation is excused.
    s.problems.length = 0;
  });

  it("the calculator and the editor work under the policy, in the browser", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto(PAGES[1]!);
    await page.getByTestId("offer").first().waitFor();
    // Client-side navigation (hydrated React) still works: the scripts ran.
    await page.getByRole("link", { name: "Справочник", exact: true }).first().click();
    await page.waitForURL(/\/guide/);

    // An anonymous visitor of an editor sub-page is sent to the login and brought back after it.
    await page.goto("/editor/audit");
    await page.waitForURL(/\/login\?next=%2Feditor%2Faudit$/);
    const account = inject("accounts").editor;
    await page.getByLabel("Электронная почта").fill(account.email);
    await page.getByLabel("Пароль").fill(account.password);
    await page.getByRole("button", { name: "Войти" }).click();
    await page.waitForURL(/\/editor\/audit$/);
  });
});

describe("login abuse over HTTP", () => {
  it("a client cannot escape the throttle by writing its own X-Forwarded-For (no proxy is trusted by default)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await fetch(`${baseURL()}/api/v1/editor/session`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `10.9.8.${i}`, "x-kasko-client-ip": `10.7.6.${i}` },
        body: JSON.stringify({ email: "nobody-here@e2e.local", password: `guess number ${i}` }),
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      await res.text();
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe("bounded pages", () => {
  it("a 13 KB calculator link with hundreds of drivers gives a small page and a clear error", async () => {
    const drivers = Array.from({ length: 800 }, () => "d=30_5_m_y_y").join("&");
    const url = `${baseURL()}/?model=mazda-3&year=2026&price=1200000&region=38&${drivers}&junk=${"x".repeat(4000)}`;
    expect(url.length).toBeGreaterThan(13_000);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    // Cut to the form's own parameters, with one driver too many so the page can say so.
    expect(res.redirected).toBe(true);
    expect(new URL(res.url).searchParams.getAll("d")).toHaveLength(6);
    const html = await res.text();
    expect(html.length).toBeLessThan(400_000);
    expect(html).not.toContain("x".repeat(100));
    expect(html).toMatch(/не больше 5|at most 5/);
    // Other pages refuse such a query outright.
    expect((await fetch(`${baseURL()}/guide?q=${"x".repeat(3000)}`)).status).toBe(414);
  });
});
