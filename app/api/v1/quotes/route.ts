// POST /api/v1/quotes — a quote request in, every insurer's ranked quote (or decline) out.
// ?detail=summary answers without worksheets, ?lang=ru|en with labels in one language.
// The production server answers this route in its fast lane, before Next.js's router
// (app/_server/quote-lane.server.ts, docs/decisions/0033-api-fast-lane.md), with the same function:
// this handler is what `next dev` serves, and the reference the lane is tested against.
import { NextResponse } from "next/server";
import { answerQuote, QUOTE_CONTENT_TYPE } from "@/lib/api/quote-answer";
import { readLimitedBody } from "@/lib/api/read-limited-body";
import { getPricingContext } from "@/lib/server/pricing-context.server";

export async function POST(request: Request) {
  const answer = await answerQuote(new URL(request.url).searchParams, (limit) => readLimitedBody(request, limit), getPricingContext);
  return new NextResponse(answer.body as Uint8Array<ArrayBuffer>, { status: answer.status, headers: { "content-type": QUOTE_CONTENT_TYPE } });
}
