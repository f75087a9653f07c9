// POST /agent/bulk/upload — a client list (multipart form, field `file`) becomes a bulk job of the
// signed-in agent; 303 to its page, or back to /agent/bulk with the problem's code. Not signed
// in → the sign-in page; another role → 403; a POST from another site → 403.
import { NextResponse } from "next/server";
import { crossSiteFailure, handlerContext } from "@/app/api/v1/editor/_lib/respond";
import { createBulkJob } from "@/lib/agent/bulk-jobs.server";
import { requireAgent } from "@/lib/agent/access.server";
import { readBodyBytes } from "@/lib/api/read-limited-body";
import { MAX_FILE_BYTES } from "@/lib/bulk/read-file";

/** Room for the multipart envelope around the largest file accepted. */
const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

/**
 * A 303 to a path of this site, as a relative Location: behind a proxy the request's URL may name
 * another host than the browser's, and a form's redirect to another origin breaks `form-action 'self'`.
 */
const seeOther = (path: string) => new NextResponse(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });
const back = (query: string) => seeOther(`/agent/bulk?${query}`);

export async function POST(request: Request) {
  const crossSite = crossSiteFailure(request);
  if (crossSite) return new NextResponse(crossSite.message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  const ctx = await handlerContext(request);
  const access = await requireAgent(ctx.db, ctx.session.user);
  if (!access.ok) {
    if (access.status === 401) return seeOther(`/login?next=${encodeURIComponent("/agent/bulk")}`);
    return new NextResponse(access.message, { status: access.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const body = await readBodyBytes(request, MAX_BODY_BYTES);
  if (body === null) return back("problem=too_large");
  let file: FormDataEntryValue | null = null;
  try {
    const form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    file = form.get("file");
  } catch {
    file = null;
  }
  if (file === null || typeof file === "string" || file.size === 0) return back(file && typeof file !== "string" ? "problem=empty" : "problem=no_file");
  const result = await createBulkJob(ctx.db, ctx.session.user, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, ctx.now);
  if (!result.ok) {
    if (!("problem" in result)) return new NextResponse(result.message, { status: result.status, headers: { "content-type": "text/plain; charset=utf-8" } });
    const p = result.problem;
    const extra = "row" in p ? `&row=${p.row}` : "rows" in p ? `&rows=${p.rows}` : "";
    return back(`problem=${p.code}${"limit" in p ? `&limit=${p.limit}` : ""}${extra}`);
  }
  return seeOther(`/agent/bulk/${result.job.id}`);
}
