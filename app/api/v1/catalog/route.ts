// GET /api/v1/catalog — vehicle classes and the models the calculator knows: the catalog in the
// database (seeded from data/catalog/, then kept by the tariff editors), as quotes are priced.
import { NextResponse } from "next/server";
import { vehicleCatalog } from "@/lib/catalog";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";

export const dynamic = "force-dynamic";

export async function GET() {
  const catalog = await getSiteCatalog();
  return NextResponse.json({ classes: vehicleCatalog.classes, models: [...catalog.models.values()] });
}
