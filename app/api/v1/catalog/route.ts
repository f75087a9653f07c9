// GET /api/v1/catalog — vehicle classes and models the calculator knows.
import { NextResponse } from "next/server";
import { vehicleCatalog } from "@/lib/catalog";

export const dynamic = "force-static";

export function GET() {
  return NextResponse.json({ classes: vehicleCatalog.classes, models: vehicleCatalog.models });
}
