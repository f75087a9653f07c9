// POST /api/v1/quotes — a quote request in, every insurer's ranked quote (or decline) out.
// ?detail=summary answers without worksheets, ?lang=ru|en with labels in one language.
import { NextResponse } from "next/server";
import { MAX_BODY_BYTES, outcomeJson, respondToQuoteText } from "@/lib/api/respond-to-quote";
import { parseQuoteQuery } from "@/lib/api/quote-query";
import { readLimitedBody } from "@/lib/api/read-limited-body";
import { getPricingContext } from "@/lib/server/pricing-context.server";
import { bodyError } from "@/lib/rating";

export async function POST(request: Request) {
  const query = parseQuoteQuery(new URL(request.url).searchParams);
  if (!query.ok) return NextResponse.json(query.error, { status: 400 });
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body.ok) return NextResponse.json(bodyError(`the request body is larger than ${MAX_BODY_BYTES} bytes`), { status: 400 });
  const outcome = respondToQuoteText(body.text, await getPricingContext(), query.options);
  // The same bytes as NextResponse.json would send, written by the response serializer (about half the time).
  return new NextResponse(outcomeJson(outcome) as Uint8Array<ArrayBuffer>, { status: outcome.status, headers: { "content-type": "application/json" } });
}
