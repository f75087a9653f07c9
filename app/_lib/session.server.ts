// Server-only: the signed-in user of a page or server action (the session cookie), and signing
// in and out. The session rules themselves live in lib/auth (docs/decisions/0005).
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { deleteSession, SESSION_COOKIE, validateSession, type SessionUser } from "@/lib/auth/sessions.server";
import { describeError } from "@/lib/db/errors";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { REQUEST_PATH_HEADER } from "@/lib/http/security-headers";
import { checkSignInInput, signIn } from "@/lib/editor/actions/sign-in.server";
import { signInRefusalText, type SignInLocale } from "@/lib/editor/actions/sign-in-messages";
import { LOCALE_COOKIE } from "@/i18n/config";
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

const HOME = "/editor";
/** A return path longer than this is not one of ours. */
const MAX_NEXT_LENGTH = 2048;
const LOCAL_ORIGIN = "http://local.invalid";

/**
 * Where to go after signing in: a path on this site only (never another site), else the
 * editor's home. The result is percent-encoded ASCII ("/é" → "/%C3%A9"), so it can always be
 * sent as a Location header. Refused: anything not starting with one "/", backslashes,
 * control characters, and whatever the URL parser would take to another origin.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length > MAX_NEXT_LENGTH || !next.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(next)) return HOME;
  let url: URL;
  try {
    url = new URL(next, LOCAL_ORIGIN);
  } catch {
    return HOME;
  }
  if (url.origin !== LOCAL_ORIGIN) return HOME;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") && /^[\x21-\x7e]+$/.test(path) ? path : HOME;
}

/** The path and query of the page being rendered (set by proxy.ts), or null. */
async function currentPath(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_PATH_HEADER);
  } catch {
    return null;
  }
}

/**
 * The signed-in user, or a redirect to the login page that comes back afterwards to `returnTo`,
 * or else to the page being rendered.
 */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const back = safeNext(returnTo ?? (await currentPath()));
    redirect(back === HOME ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(back)}`);
  }
  return user;
}

/** The client's IP as the server stamped it (lib/http/install-client-ip.server.ts). */
export async function clientIp(): Promise<string> {
  try {
    return (await headers()).get(CLIENT_IP_HEADER) ?? "unknown";
  } catch {
    return "unknown";
  }
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

export { busyMessage, throttleMessage } from "@/lib/editor/actions/sign-in.server";

/**
 * Signs in with the form's email and password: sets the session cookie and redirects to `next`
 * (a local path) or /editor. A refusal comes back as the form's state, with the reason in the
 * interface language (the language cookie, as the page that sent the form). Oversized input is refused before any work; nothing typed is ever written to the log.
 */
/** The interface language of the page that sent the form (the language cookie; Russian by default). */
async function formLocale(): Promise<SignInLocale> {
  try {
    return (await cookies()).get(LOCALE_COOKIE)?.value === "en" ? "en" : "ru";
  } catch {
    return "ru";
  }
}

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const rawEmail = formData.get("email");
  const next = safeNext(formData.get("next"));
  const checked = checkSignInInput(rawEmail, formData.get("password"));
  const locale = await formLocale();
  if (!checked.ok) return { error: signInRefusalText(checked, locale), email: checked.field === "email" || typeof rawEmail !== "string" ? "" : rawEmail.trim() };
  try {
    const { db } = await getReadyDatabase();
    const store = await cookies();
    const outcome = await signIn(db, { email: checked.email, password: checked.password, ip: await clientIp(), previousToken: store.get(SESSION_COOKIE.name)?.value }, new Date());
    if (!outcome.ok) return { error: signInRefusalText(outcome, locale), email: checked.email };
    store.set({ ...SESSION_COOKIE, value: outcome.session.token, expires: outcome.session.expiresAt });
  } catch (e) {
    // One line without the input (a failed query's text would carry the parameters).
    console.error(`login failed: ${describeError(e)}`);
    return { error: signInRefusalText("server", locale), email: checked.email };
  }
  redirect(next);
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
