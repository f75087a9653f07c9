// GET /api/health — for load balancers: 200 when this instance can price (database reachable,
// published editions loaded, not shutting down), 503 otherwise; the version and build either way.
import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/server/health.server";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
