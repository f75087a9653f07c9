// GET /o/<token> — the client's link to a commercial offer: read-only, not indexed, no
// commission. Revoked, expired, or the client erased → 410 "no longer available"; unknown → 404.
import { getReadyDatabase } from "@/lib/db/ready.server";
import { openOfferLink } from "@/lib/offer/offers.server";
import { linkEndedResponse, offerDocument, offerPageResponse } from "@/lib/offer/respond.server";
import { NONCE_HEADER } from "@/lib/http/security-headers";
import { localeOfRequest } from "@/lib/offer/translate";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getReadyDatabase();
  const now = new Date();
  const opened = await openOfferLink(db, token, now);
  if (!opened.ok) return linkEndedResponse(opened.status, localeOfRequest(request));
  const doc = await offerDocument(db, opened.offer, opened.calculation);
  return offerPageResponse(doc, `/o/${encodeURIComponent(token)}/pdf`, request.headers.get(NONCE_HEADER));
}
