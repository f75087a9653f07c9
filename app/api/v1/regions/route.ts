// GET /api/v1/regions — the 85 regions with their official two-digit codes.
import { NextResponse } from "next/server";
import { regionList } from "@/lib/catalog";

export const dynamic = "force-static";

export function GET() {
  return NextResponse.json({ regions: regionList });
}
