// POST /api/v1/editor/import — a whole rate book (the data/ JSON format) in, a new draft out (201).
// Body: application/json, or multipart/form-data with `file`. Editor role. 400 lists every
// problem by path, and nothing is created.
import { authorize } from "@/lib/editor/actions/authorize";
import { importRateBookJson, MAX_IMPORT_BYTES } from "@/lib/editor/actions/import-json.server";
import { fail } from "@/lib/editor/actions/result";
import { crossSiteFailure, failureResponse, handlerContext, jsonResponse, readUpload } from "../_lib/respond";

export async function POST(request: Request) {
  const crossSite = crossSiteFailure(request);
  if (crossSite) return failureResponse(crossSite);
  const ctx = await handlerContext(request);
  const denied = authorize(ctx.session.user, "editor");
  if (denied) return failureResponse(denied, ctx);
  const upload = await readUpload(request, MAX_IMPORT_BYTES);
  if (!upload) return failureResponse(fail("invalid", `Файл больше ${MAX_IMPORT_BYTES / 1024 / 1024} МБ или не читается.`, [{ path: "", message: "не прочитан" }]), ctx);
  const result = await importRateBookJson(ctx.db, ctx.session.user, { text: upload.text, fileName: upload.fileName }, ctx.now);
  if (!result.ok) return failureResponse(result, ctx);
  const { version, insurerCreated } = result;
  return jsonResponse({ id: version.id, insurerId: version.insurerId, status: version.status, insurerCreated, url: `/editor/versions/${version.id}` }, 201, ctx);
}
