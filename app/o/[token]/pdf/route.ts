// GET /o/<token>/pdf — the client's offer as a PDF (same rules as the page; not counted as an opening).
import { todayIso } from "@/lib/clock";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { openOfferLink } from "@/lib/offer/offers.server";
import { linkEndedResponse, offerDocument, offerPdfResponse } from "@/lib/offer/respond.server";
import { localeOfRequest } from "@/lib/offer/translate";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getReadyDatabase();
  const opened = await openOfferLink(db, token, new Date(), { record: false });
  if (!opened.ok) return linkEndedResponse(opened.status, localeOfRequest(request));
  return offerPdfResponse(await offerDocument(db, opened.offer, opened.calculation), todayIso(opened.offer.createdAt));
}
