// GET /agent/offers/<id>/pdf — the commercial offer as a PDF download, for its agent (or head).
// 401 / 403 / 404 as JSON, as the other agent endpoints answer.
import { failureResponse, handlerContext } from "@/app/api/v1/editor/_lib/respond";
import { todayIso } from "@/lib/clock";
import { loadOfferForUser } from "@/lib/offer/offers.server";
import { offerDocument, offerPdfResponse } from "@/lib/offer/respond.server";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await handlerContext(request);
  const loaded = await loadOfferForUser(ctx.db, ctx.session.user, id);
  if (!loaded.ok) return failureResponse(loaded, ctx);
  return offerPdfResponse(await offerDocument(ctx.db, loaded.offer, loaded.calculation), todayIso(loaded.offer.createdAt));
}
