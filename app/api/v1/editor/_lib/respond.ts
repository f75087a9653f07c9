// Shared plumbing of the editor's route handlers: who is asking (the session cookie), bounded
// bodies, and action results turned into responses. The decisions are the actions'.
import "server-only";
import { NextResponse } from "next/server";
import type { Db } from "@/lib/db/client.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { Download } from "@/lib/editor/actions/export.server";
import { userFromRequest, withSessionCookie, type RequestSession } from "@/lib/editor/actions/request-user.server";
import { fail, type Failure } from "@/lib/editor/actions/result";
import { readBodyBytes } from "@/lib/api/read-limited-body";

export interface HandlerContext {
  db: Db;
  session: RequestSession;
  now: Date;
}

/** The database, the session user of the request (or null) and the time. */
export async function handlerContext(request: Request): Promise<HandlerContext> {
  const { db } = await getReadyDatabase();
  const now = new Date();
  return { db, session: await userFromRequest(db, request, now), now };
}

/**
 * A POST from another site's page (its Origin names another host) is refused whatever cookie it
 * carries. Browsers already withhold the SameSite=Lax session cookie there; this is the belt to those braces.
 */
export function crossSiteFailure(request: Request): Failure | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  return originHost === host ? null : fail("forbidden", "Запрос с другого сайта отклонён.");
}

export function failureResponse(failure: Failure, ctx?: HandlerContext): NextResponse {
  const response = NextResponse.json({ error: failure.error, message: failure.message, issues: failure.issues }, { status: failure.status, headers: { "cache-control": "no-store" } });
  return ctx ? withSessionCookie(response, ctx.session) : response;
}

export function jsonResponse(body: unknown, status: number, ctx: HandlerContext): NextResponse {
  return withSessionCookie(NextResponse.json(body, { status, headers: { "cache-control": "no-store" } }), ctx.session);
}

/** A file to save: `Content-Disposition: attachment`, the name in ASCII and in UTF-8. */
export function downloadResponse(file: Download, ctx: HandlerContext): NextResponse {
  const ascii = file.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  const response = new NextResponse(file.text, {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
  return withSessionCookie(response, ctx.session);
}

export interface UploadedText {
  text: string;
  fileName?: string;
  /** The other fields of a multipart form (or the query string's parameters). */
  fields: URLSearchParams;
}

/**
 * The uploaded text of a request: a multipart form's `file` field, or the raw body (JSON, CSV).
 * Query parameters count as fields too; form fields win. null: too large or not readable.
 */
export async function readUpload(request: Request, limit: number): Promise<UploadedText | null> {
  const fields = new URL(request.url).searchParams;
  const bytes = await readBodyBytes(request, limit);
  if (bytes === null) return null;
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return { text: Buffer.from(bytes).toString("utf8"), fields };
  let form: FormData;
  try {
    form = await new Response(bytes as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
  for (const [key, value] of form.entries()) if (typeof value === "string") fields.set(key, value);
  const file = form.get("file");
  if (file === null) return { text: "", fields };
  if (typeof file === "string") return { text: file, fields };
  return { text: await file.text(), fileName: file.name, fields };
}
