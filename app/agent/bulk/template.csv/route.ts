// GET /agent/bulk/template.csv — the template client list (UTF-8 with BOM; semicolons in Russian,
// commas in English). Not signed in → the sign-in page; another role → 403.
import { NextResponse } from "next/server";
import { handlerContext } from "@/app/api/v1/editor/_lib/respond";
import { requireAgent } from "@/lib/agent/access.server";
import { templateCsv } from "@/lib/bulk/template";
import { localeOfRequest } from "@/lib/offer/translate";

export async function GET(request: Request) {
  const ctx = await handlerContext(request);
  const access = await requireAgent(ctx.db, ctx.session.user);
  if (!access.ok) {
    if (access.status === 401) return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent("/agent/bulk")}`, request.url), 303);
    return new NextResponse(access.message, { status: access.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const locale = localeOfRequest(request);
  return new NextResponse(templateCsv(locale), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${locale === "ru" ? "bulk-template-ru.csv" : "bulk-template.csv"}"`,
      "cache-control": "private, no-store",
    },
  });
}
