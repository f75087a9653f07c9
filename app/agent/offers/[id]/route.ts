// GET /agent/offers/<id> — the agent's print view of a commercial offer (exactly what the client
// sees). Not signed in → the sign-in page; another role → 403; not the agent's → 404.
import { NextResponse } from "next/server";
import { handlerContext } from "@/app/api/v1/editor/_lib/respond";
import { loadOfferForUser } from "@/lib/offer/offers.server";
import { renderMessagePage } from "@/lib/offer/html";
import { htmlResponse, linkEndedResponse, offerDocument, offerPageResponse } from "@/lib/offer/respond.server";
import { NONCE_HEADER } from "@/lib/http/security-headers";
import { localeOfRequest, offerTranslator } from "@/lib/offer/translate";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await handlerContext(request);
  const loaded = await loadOfferForUser(ctx.db, ctx.session.user, id);
  if (!loaded.ok) {
    if (loaded.status === 401) return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(`/agent/offers/${id}`)}`, request.url), 303);
    const locale = localeOfRequest(request);
    if (loaded.status === 403) return htmlResponse(renderMessagePage(locale, offerTranslator(locale)("AgentErrors.forbidden"), loaded.message), 403);
    return linkEndedResponse(404, locale);
  }
  return offerPageResponse(await offerDocument(ctx.db, loaded.offer, loaded.calculation), `/agent/offers/${loaded.offer.id}/pdf`, request.headers.get(NONCE_HEADER));
}
