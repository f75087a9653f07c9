// The signed-in user of a route handler's Request: the session cookie read from its Cookie
// header and checked by the same validateSession as pages and server actions.
import { SESSION_COOKIE, validateSession, type SessionUser } from "@/lib/auth/sessions.server";
import type { Db } from "@/lib/db/client.server";
import type { NextResponse } from "next/server";

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

/** Adds the renewed session cookie to a response, when there is one. */
export function withSessionCookie<R extends NextResponse>(response: R, session: RequestSession): R {
  if (session.renewed) response.cookies.set({ ...SESSION_COOKIE, value: session.renewed.token, expires: session.renewed.expires });
  return response;
}
