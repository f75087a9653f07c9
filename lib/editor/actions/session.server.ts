// Server-only: the signed-in user of a page or server action (the session cookie), and signing
// in and out. The session rules themselves live in lib/auth (docs/decisions/0005).
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { createSession, deleteSession, SESSION_COOKIE, validateSession, type SessionUser } from "@/lib/auth/sessions.server";
import { authenticate } from "@/lib/auth/users.server";
import type { Db } from "@/lib/db/client.server";
import { getReadyDatabase } from "@/lib/db/ready.server";

export const LOGIN_PATH = "/editor/login";

/**
 * The user behind the request's session cookie, or null. Once per request (React `cache`). A
 * renewed session gets its cookie re-set where Next allows it (server actions); while a page
 * renders it cannot, and the next action does it.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE.name)?.value;
  if (!token) return null;
  const { db } = await getReadyDatabase();
  const user = await validateSession(db, token, new Date());
  if (user?.sessionRenewed) {
    try {
      store.set({ ...SESSION_COOKIE, value: token, expires: user.sessionExpiresAt });
    } catch {
      // Rendering a page: cookies are read-only here. The session in the database is renewed anyway.
    }
  }
  return user;
});

/** Where to go after signing in: a local path only (never another site), else the editor's home. */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f]/.test(next)) return "/editor";
  return next;
}

/** The signed-in user, or a redirect to the login page (coming back to `returnTo` afterwards). */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `${LOGIN_PATH}?next=${encodeURIComponent(safeNext(returnTo))}` : LOGIN_PATH);
  return user;
}

/** What a server action needs: the database, the acting user (or null) and the time. */
export async function actionContext(): Promise<{ db: Db; user: SessionUser | null; now: Date }> {
  const [{ db }, user] = await Promise.all([getReadyDatabase(), currentUser()]);
  return { db, user, now: new Date() };
}

export interface LoginState {
  error: string | null;
  /** The address typed, to show it again after an error (never the password). */
  email: string;
}

/** "через 3 мин." — whole minutes, rounded up. */
export function throttleMessage(retryAfterSeconds: number): string {
  return `Слишком много попыток, попробуйте через ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} мин.`;
}

/**
 * Signs in with the form's email and password: sets the session cookie and redirects to `next`
 * (a local path) or /editor. A refusal comes back as the form's state, with the reason in Russian.
 */
export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (email === "" || password === "") return { error: "Введите адрес электронной почты и пароль.", email };
  const { db } = await getReadyDatabase();
  const now = new Date();
  const result = await authenticate(db, email, password, now);
  if (!result.ok) {
    const error =
      result.reason === "throttled"
        ? throttleMessage(result.retryAfterSeconds ?? 60)
        : result.reason === "disabled"
          ? "Учётная запись отключена. Обратитесь к администратору."
          : "Неверный адрес электронной почты или пароль.";
    return { error, email };
  }
  const store = await cookies();
  // A session this browser had before (another account, say) ends here.
  const previous = store.get(SESSION_COOKIE.name)?.value;
  if (previous) await deleteSession(db, previous);
  const session = await createSession(db, result.user.id, now);
  store.set({ ...SESSION_COOKIE, value: session.token, expires: session.expiresAt });
  redirect(safeNext(formData.get("next")));
}

/** Ends this session (the row and the cookie) and goes to the login page. */
export async function logout(): Promise<never> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE.name)?.value;
  if (token) {
    const { db } = await getReadyDatabase();
    await deleteSession(db, token);
  }
  store.delete({ name: SESSION_COOKIE.name, path: SESSION_COOKIE.path });
  redirect(LOGIN_PATH);
}
