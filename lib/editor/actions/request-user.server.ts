// The signed-in user of a route handler's Request: the session cookie read from its Cookie
// header and checked by the same validateSession as pages and server actions.
import { SESSION_COOKIE, validateSession, type SessionUser } from "@/lib/auth/sessions.server";
import type { Db } from "@/lib/db/client.server";

/** The session token in a Cookie header, or null. */
export function sessionTokenOf(request: Request): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq !== -1 && part.slice(0, eq).trim() === SESSION_COOKIE.name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}

export interface RequestSession {
  user: SessionUser | null;
  /** Set when the session was renewed: the cookie to send back (see `withSessionCookie`). */
  renewed?: { token: string; expires: Date };
}

export async function userFromRequest(db: Db, request: Request, now: Date): Promise<RequestSession> {
  const token = sessionTokenOf(request);
  const user = await validateSession(db, token, now);
  return user?.sessionRenewed && token ? { user, renewed: { token, expires: user.sessionExpiresAt } } : { user };
}

/** A response whose cookies can be set (Next's NextResponse is one; typed by shape so lib/ does not import Next.js). */
export interface CookieResponse {
  cookies: { set(cookie: typeof SESSION_COOKIE & { value: string; expires: Date }): unknown };
}

/** Adds the renewed session cookie to a response, when there is one. */
export function withSessionCookie<R extends CookieResponse>(response: R, session: RequestSession): R {
  if (session.renewed) response.cookies.set({ ...SESSION_COOKIE, value: session.renewed.token, expires: session.renewed.expires });
  return response;
}
