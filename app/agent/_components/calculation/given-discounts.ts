// Server-only: the discounts given on a saved calculation, read once per page render however
// many of the page's sections show them (the offers' worksheets, the discount section).
import "server-only";
import { cache } from "react";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { SavedCalculation } from "@/lib/db/schema";
import { pricingOf } from "@/lib/offer/discounts.server";

export const givenDiscounts = cache(async (calculation: SavedCalculation) => {
  if ((calculation.response as { quotes: unknown[] }).quotes.length === 0) return [];
  const { db } = await getReadyDatabase();
  return (await pricingOf(db, calculation)).filter((p) => p.applied.discount !== "0.00");
});
