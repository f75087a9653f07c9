// GET /agent/renewals/export.csv — the renewals list as CSV (UTF-8 with BOM, cells formula-escaped).
// Not signed in → the sign-in page; another role or an agent without agency → 403.
import { NextResponse } from "next/server";
import { handlerContext } from "@/app/api/v1/editor/_lib/respond";
import { requireAgent } from "@/lib/agent/access.server";
import { listRenewals, renewalsCsv } from "@/lib/agent/policies.server";
import { localeOfRequest } from "@/lib/offer/translate";

export async function GET(request: Request) {
  const ctx = await handlerContext(request);
  const access = await requireAgent(ctx.db, ctx.session.user);
  if (!access.ok) {
    if (access.status === 401) return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent("/agent/renewals")}`, request.url), 303);
    return new NextResponse(access.message, { status: access.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const rows = await listRenewals(ctx.db, access.agent, ctx.now);
  const day = ctx.now.toISOString().slice(0, 10);
  return new NextResponse(renewalsCsv(rows, localeOfRequest(request)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="renewals-${day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
