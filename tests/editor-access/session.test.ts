/**
 * Signing in and out through the editor's session plumbing, with Next's cookie store replaced by
 * a map: the cookie's attributes, the redirect, throttling messages, and currentUser().
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession, SESSION_COOKIE, SESSION_LIFETIME_MS } from "@/lib/auth/sessions.server";
import { createUser, listUsers } from "@/lib/auth/users.server";
import { getReadyDatabase } from "@/lib/db/ready.server";

interface Stored {
  name: string;
  value: string;
  httpOnly?: boolean;
  sameSite?: string;
  path?: string;
  expires?: Date;
}
const jar = new Map<string, Stored>();
const store = {
  get: (name: string) => jar.get(name),
  set: (options: Stored) => void jar.set(options.name, options),
  delete: (options: { name: string }) => void jar.delete(options.name),
};
/** The request headers the server and proxy.ts stamp (client IP, page path). */
const requestHeaders = new Headers();
vi.mock("next/headers", () => ({ cookies: async () => store, headers: async () => requestHeaders }));

const { currentUser, login, logout, requireUser, safeNext, throttleMessage } = await import("@/app/_lib/session.server");

const PASSWORD = "correct horse battery staple";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
/** Where a server action redirected to (Next's redirect() throws). */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]!;
    throw e;
  }
  throw new Error("expected a redirect");
}

beforeAll(async () => {
  const { db } = await getReadyDatabase();
  const created = await createUser(db, { email: "login.test@example.org", name: "Тест Входа", role: "editor", password: PASSWORD });
  if (!created.ok) throw new Error(created.message);
}, 60_000);
beforeEach(() => {
  jar.clear();
  for (const name of [...requestHeaders.keys()]) requestHeaders.delete(name);
  requestHeaders.set("x-kasko-client-ip", "203.0.113.10");
});

describe("editor sessions", () => {
  it("signs in: an httpOnly SameSite=Lax cookie for 8 hours, then to ?next= when local", async () => {
    const to = await redirectOf(login({ error: null, email: "" }, form({ email: "Login.Test@example.org", password: PASSWORD, next: "/editor/versions/3" })));
    expect(to).toBe("/editor/versions/3");
    const cookie = jar.get(SESSION_COOKIE.name)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(cookie.expires!.getTime() - Date.now()).toBeGreaterThan(SESSION_LIFETIME_MS - 60_000);
    expect(await currentUser()).toMatchObject({ email: "login.test@example.org", role: "editor" });

    expect(await redirectOf(logout())).toBe("/editor/login");
    expect(jar.has(SESSION_COOKIE.name)).toBe(false);
  });

  it("never redirects off the site", async () => {
    for (const next of [
      "//evil.example/x",
      "https://evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      "/\t/evil.example",
      "/\n/evil.example",
      "\\\\evil.example",
      "http:/evil.example",
      "/".repeat(3000),
      ` /editor`,
    ]) expect(safeNext(next), next.slice(0, 40)).toBe("/editor");
    // Whatever it returns is a single-slash path of printable ASCII (a valid Location header).
    for (const next of ["/%2F%2Fevil.example", "/./../..//evil.example", "/editor/../..//evil", "/a/%5C%5Cevil"]) {
      const to = safeNext(next);
      expect(to).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
      expect(new URL(to, "https://kasko.example").origin).toBe("https://kasko.example");
    }
    expect(await redirectOf(login({ error: null, email: "" }, form({ email: "login.test@example.org", password: PASSWORD, next: "//evil.example" })))).toBe("/editor");
  });

  it("keeps a return path with characters beyond Latin-1, percent-encoded, after signing in", async () => {
    expect(safeNext("/é")).toBe("/%C3%A9");
    expect(safeNext("/editor/diff?from=1&to=2#таблица")).toBe("/editor/diff?from=1&to=2#%D1%82%D0%B0%D0%B1%D0%BB%D0%B8%D1%86%D0%B0");
    expect(safeNext("/editor/versions/3?note=тариф")).toBe("/editor/versions/3?note=%D1%82%D0%B0%D1%80%D0%B8%D1%84");
    const to = await redirectOf(login({ error: null, email: "" }, form({ email: "login.test@example.org", password: PASSWORD, next: "/редактор/ǅ€😀" })));
    expect(to).toBe("/%D1%80%D0%B5%D0%B4%D0%B0%D0%BA%D1%82%D0%BE%D1%80/%C7%85%E2%82%AC%F0%9F%98%80");
    // A Location header takes only Latin-1: this is what failed with a 500 before.
    expect(() => new Headers({ location: to })).not.toThrow();
    expect(jar.has(SESSION_COOKIE.name)).toBe(true);
  });

  it("sends an anonymous visitor of an editor page to the login with the page as the return path", async () => {
    requestHeaders.set("x-kasko-path", "/editor/versions/7/impact?x=é");
    expect(await redirectOf(requireUser())).toBe(`/editor/login?next=${encodeURIComponent("/editor/versions/7/impact?x=%C3%A9")}`);
    requestHeaders.set("x-kasko-path", "//evil.example");
    expect(await redirectOf(requireUser())).toBe("/editor/login");
    expect(await redirectOf(requireUser("/editor/audit"))).toBe(`/editor/login?next=${encodeURIComponent("/editor/audit")}`);
  });

  it("refuses an oversized e-mail or password at once, with a clear message and nothing written or logged", async () => {
    const { db } = await getReadyDatabase();
    const { auditLog, loginThrottle } = await import("@/lib/db/schema");
    const count = async () => [(await db.select().from(loginThrottle)).length, (await db.select().from(auditLog)).length];
    const before = await count();
    const huge = `${"x".repeat(900 * 1024)}@example.org`;
    const long = await login({ error: null, email: "" }, form({ email: huge, password: PASSWORD }));
    expect(long).toEqual({ error: "Адрес электронной почты длиннее 254 символов — такого адреса нет.", email: "" });
    const tooLongPassword = await login({ error: null, email: "" }, form({ email: "login.test@example.org", password: "я".repeat(513) }));
    expect(tooLongPassword.error).toBe("Пароль длиннее 1024 байт — такого пароля нет.");
    // 2.7 KB — the size that used to break the index — and exactly the limits, which are fine.
    expect((await login({ error: null, email: "" }, form({ email: `${"b".repeat(2700)}@example.org`, password: PASSWORD }))).error).toMatch(/254/);
    expect(await count()).toEqual(before);
    const atLimit = await login({ error: null, email: "" }, form({ email: `${"c".repeat(242)}@example.org`, password: "я".repeat(512) }));
    expect(atLimit.error).toBe("Неверный адрес электронной почты или пароль.");
  });

  it("tells the user plainly when too many logins are being checked at once", async () => {
    const { HashLimiter } = await import("@/lib/auth/hash-limiter");
    const global = globalThis as unknown as { kaskoHashLimiter?: InstanceType<typeof HashLimiter> };
    const saved = global.kaskoHashLimiter;
    global.kaskoHashLimiter = new HashLimiter(1, 0);
    try {
      const states = await Promise.all([1, 2, 3].map(async (i) => {
        requestHeaders.set("x-kasko-client-ip", `192.0.2.${i}`);
        return login({ error: null, email: "" }, form({ email: "login.test@example.org", password: "not the password" }));
      }));
      const busy = states.filter((s) => s.error?.startsWith("Сейчас проверяется слишком много входов одновременно. Попробуйте ещё раз через"));
      expect(busy.length).toBeGreaterThanOrEqual(1);
      expect(busy[0]!.email).toBe("login.test@example.org");
    } finally {
      global.kaskoHashLimiter = saved;
    }
  }, 30_000);

  it("answers a wrong password in Russian, keeps the address, and throttles after five", async () => {
    const email = "login.test@example.org";
    const first = await login({ error: null, email: "" }, form({ email, password: "wrong password!" }));
    expect(first).toEqual({ error: "Неверный адрес электронной почты или пароль.", email });
    for (let i = 0; i < 4; i += 1) await login(first, form({ email, password: "wrong password!" }));
    const locked = await login(first, form({ email, password: PASSWORD }));
    expect(locked.error).toBe("Слишком много попыток, попробуйте через 15 мин.");
    expect(jar.has(SESSION_COOKIE.name)).toBe(false);
    expect(throttleMessage(61)).toBe("Слишком много попыток, попробуйте через 2 мин.");
    expect(await login(first, form({ email: "", password: "" }))).toMatchObject({ error: "Введите адрес электронной почты и пароль." });
  });

  it("answers in English when the form was sent from the English interface (the language cookie)", async () => {
    jar.set("NEXT_LOCALE", { name: "NEXT_LOCALE", value: "en" });
    const email = "login.test@example.org";
    requestHeaders.set("x-kasko-client-ip", "198.51.100.77");
    expect(await login({ error: null, email: "" }, form({ email, password: "wrong password!" }))).toEqual({ error: "Wrong e-mail address or password.", email });
    expect(await login({ error: null, email: "" }, form({ email: "", password: "" }))).toMatchObject({ error: "Enter your e-mail address and password." });
    expect((await login({ error: null, email: "" }, form({ email: `${"b".repeat(300)}@example.org`, password: PASSWORD }))).error).toBe("The e-mail address is longer than 254 characters: no such address exists.");
    expect((await login({ error: null, email: "" }, form({ email, password: "я".repeat(513) }))).error).toBe("The password is longer than 1024 bytes: no such password exists.");
    for (let i = 0; i < 4; i += 1) await login({ error: null, email: "" }, form({ email, password: "wrong password!" }));
    const locked = await login({ error: null, email: "" }, form({ email, password: PASSWORD }));
    expect(locked.error).toMatch(/^Too many attempts: try again in \d+ minutes?\.$/);
    expect(JSON.stringify(locked)).not.toMatch(/[а-яё]/i);
    expect(jar.has(SESSION_COOKIE.name)).toBe(false);
  }, 60_000);

  it("knows nobody without a cookie, and re-sets the cookie of a renewed session", async () => {
    expect(await currentUser()).toBeNull();
    const { db } = await getReadyDatabase();
    const row = (await listUsers(db)).find((u) => u.email === "login.test@example.org");
    // A session created 5 hours ago has less than half its lifetime left: renewed on use.
    const old = await createSession(db, row!.id, new Date(Date.now() - 5 * 60 * 60 * 1000));
    jar.set(SESSION_COOKIE.name, { name: SESSION_COOKIE.name, value: old.token, expires: old.expiresAt });
    expect(await currentUser()).toMatchObject({ id: row!.id, sessionRenewed: true });
    expect(jar.get(SESSION_COOKIE.name)!.expires!.getTime()).toBeGreaterThan(old.expiresAt.getTime());
  });
});
