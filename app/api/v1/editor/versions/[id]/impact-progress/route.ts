// GET /api/v1/editor/versions/{id}/impact-progress — how far the version's impact analysis has got:
// { "done": 1500, "total": 3000, "ready": false }, or { "ready": true } once its report is there
// (the impact page then shows it). Starts the analysis if it is not running. Editor role, by the
// session cookie: 401 without a session, 403 without the role, 404 unknown.
import { versionImpactOrProgress } from "@/lib/editor/actions/impact.server";
import { failureResponse, handlerContext, jsonResponse } from "../../../_lib/respond";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await handlerContext(request);
  const { id } = await params;
  const result = await versionImpactOrProgress(ctx.db, ctx.session.user, { id }, new Date(), 0);
  if (!result.ok) return failureResponse(result, ctx);
  return jsonResponse("progress" in result ? { ...result.progress, ready: false } : { ready: true }, 200, ctx);
}
