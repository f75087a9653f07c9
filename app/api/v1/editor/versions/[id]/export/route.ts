// GET /api/v1/editor/versions/{id}/export?format=json — the version's rate book (data/ format)
// GET /api/v1/editor/versions/{id}/export?format=csv&table={tableId} — one factor table as CSV
// Editor role, by the session cookie. 401 without a session, 403 without the role, 404 unknown.
import { authorize } from "@/lib/editor/actions/authorize";
import { exportRateBookJson, exportTableCsv } from "@/lib/editor/actions/export.server";
import { fail } from "@/lib/editor/actions/result";
import { downloadResponse, failureResponse, handlerContext } from "../../../_lib/respond";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await handlerContext(request);
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "json";
  const result =
    format === "json"
      ? await exportRateBookJson(ctx.db, ctx.session.user, { id })
      : format === "csv"
        ? await exportTableCsv(ctx.db, ctx.session.user, { id, tableId: query.get("table") })
        : (authorize(ctx.session.user, "editor") ?? fail("invalid", "format: json или csv.", [{ path: "format", message: "json или csv" }]));
  return result.ok ? downloadResponse(result, ctx) : failureResponse(result, ctx);
}
