// POST /api/v1/editor/session — sign in without the form: {"email", "password"} as JSON (or a
// URL-encoded form). 204 with the session cookie; 400 (missing or oversized input), 401, 403
// (disabled), 429 with Retry-After (throttled, or too many passwords being checked at once).
// DELETE signs out. Same rules as the login form (lib/editor/actions/sign-in.server.ts).
import { NextResponse } from "next/server";
import { readLimitedBody } from "@/lib/api/read-limited-body";
import { SESSION_COOKIE } from "@/lib/auth/sessions.server";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { sessionTokenOf } from "@/lib/editor/actions/request-user.server";
import { fail } from "@/lib/editor/actions/result";
import { signIn } from "@/lib/editor/actions/sign-in.server";
import { deleteSession } from "@/lib/auth/sessions.server";
import { crossSiteFailure, failureResponse } from "../_lib/respond";

/** An e-mail (254) and a password (1024 bytes) with JSON around them fit in 4 KiB. */
const MAX_BODY_BYTES = 4096;

function fieldsOf(text: string, type: string): { email: unknown; password: unknown } | null {
  if (type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(text);
    return { email: form.get("email") ?? "", password: form.get("password") ?? "" };
  }
  try {
    const body = JSON.parse(text) as unknown;
    if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
    const { email, password } = body as Record<string, unknown>;
    return { email, password };
  } catch {
    return null;
  }
}

export async function POST(request: Request) {
  const crossSite = crossSiteFailure(request);
  if (crossSite) return failureResponse(crossSite);
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  const fields = body.ok ? fieldsOf(body.text, request.headers.get("content-type") ?? "") : null;
  if (!fields) return failureResponse(fail("invalid", `Нужен JSON {"email", "password"} не больше ${MAX_BODY_BYTES} байт.`, [{ path: "", message: "тело запроса не прочитано" }]));
  const { db } = await getReadyDatabase();
  const outcome = await signIn(db, { ...fields, ip: request.headers.get(CLIENT_IP_HEADER) ?? "unknown", previousToken: sessionTokenOf(request) }, new Date());
  if (!outcome.ok) {
    const headers: Record<string, string> = { "cache-control": "no-store" };
    if (outcome.retryAfterSeconds !== undefined) headers["retry-after"] = String(outcome.retryAfterSeconds);
    return NextResponse.json({ error: outcome.error, message: outcome.message, issues: outcome.field ? [{ path: outcome.field, message: outcome.message }] : [] }, { status: outcome.status, headers });
  }
  const response = new NextResponse(null, { status: 204, headers: { "cache-control": "no-store" } });
  response.cookies.set({ ...SESSION_COOKIE, value: outcome.session.token, expires: outcome.session.expiresAt });
  return response;
}

export async function DELETE(request: Request) {
  const crossSite = crossSiteFailure(request);
  if (crossSite) return failureResponse(crossSite);
  const token = sessionTokenOf(request);
  if (token) {
    const { db } = await getReadyDatabase();
    await deleteSession(db, token);
  }
  const response = new NextResponse(null, { status: 204, headers: { "cache-control": "no-store" } });
  response.cookies.delete({ name: SESSION_COOKIE.name, path: SESSION_COOKIE.path });
  return response;
}
