// POST /api/v1/editor/versions/{id}/import-csv?table={tableId}[&baseRevision=N] — replaces one
// factor table's rows in a draft. Body: text/csv, or multipart/form-data with `file` (and
// optionally `table`, `baseRevision`). Editor role. 400 lists every bad cell as {row, column, message}.
import { authorize } from "@/lib/editor/actions/authorize";
import { importTableCsv, MAX_CSV_BYTES } from "@/lib/editor/actions/import-csv.server";
import { fail } from "@/lib/editor/actions/result";
import { crossSiteFailure, failureResponse, handlerContext, jsonResponse, readUpload } from "../../../_lib/respond";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = crossSiteFailure(request);
  if (crossSite) return failureResponse(crossSite);
  const ctx = await handlerContext(request);
  const denied = authorize(ctx.session.user, "editor");
  if (denied) return failureResponse(denied, ctx);
  const { id } = await params;
  const upload = await readUpload(request, MAX_CSV_BYTES);
  if (!upload) return failureResponse(fail("invalid", `Файл больше ${MAX_CSV_BYTES / 1024} КБ или не читается.`, [{ path: "file", message: "не прочитан" }]), ctx);
  const result = await importTableCsv(ctx.db, ctx.session.user, { id, tableId: upload.fields.get("table"), text: upload.text, baseRevision: upload.fields.get("baseRevision") ?? undefined }, ctx.now);
  return result.ok ? jsonResponse({ revision: result.revision, rows: result.rows }, 200, ctx) : failureResponse(result, ctx);
}
