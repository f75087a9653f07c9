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
vi.mock("next/headers", () => ({ cookies: async () => store }));

const { currentUser, login, logout, safeNext, throttleMessage } = await import("@/lib/editor/actions/session.server");

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
beforeEach(() => jar.clear());

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
    for (const next of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", ""]) expect(safeNext(next)).toBe("/editor");
    expect(await redirectOf(login({ error: null, email: "" }, form({ email: "login.test@example.org", password: PASSWORD, next: "//evil.example" })))).toBe("/editor");
  });

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
