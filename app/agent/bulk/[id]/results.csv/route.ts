// GET /agent/bulk/<id>/results.csv[?sep=semicolon] — a finished bulk job's results: UTF-8 with BOM,
// comma-separated, or semicolon-separated with decimal commas for Russian Excel; in the agent's
// language; every cell formula-escaped. Not signed in → the sign-in page; another role → 403; a job
// the agent may not see → 404; not finished yet → 409.
import { NextResponse } from "next/server";
import { handlerContext } from "@/app/api/v1/editor/_lib/respond";
import { bulkJobStatusForUser, readBulkResults } from "@/lib/agent/bulk-jobs.server";
import type { ColumnUse } from "@/lib/bulk/fields";
import { resultsCsv } from "@/lib/bulk/results-csv";
import { localeOfRequest } from "@/lib/offer/translate";
import { bulkTranslator, resultsCsvTexts } from "../../../_lib/bulk-texts";

const plain = (message: string, status: number) => new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await handlerContext(request);
  const loaded = await bulkJobStatusForUser(ctx.db, ctx.session.user, id);
  if (!loaded.ok) {
    if (loaded.status === 401) return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(`/agent/bulk/${id}`)}`, request.url), 303);
    return plain(loaded.message, loaded.status);
  }
  const { job } = loaded;
  if (job.status !== "done") return plain("Расчёт ещё не закончен.", 409);
  const locale = localeOfRequest(request);
  const separator = new URL(request.url).searchParams.get("sep") === "semicolon" ? ";" : ",";
  const t = bulkTranslator(locale);
  const uses = job.mapping as ColumnUse[];
  const csv = resultsCsv(await readBulkResults(ctx.db, job.id), {
    locale,
    separator,
    keptHeaders: job.headers.filter((_, i) => uses[i] === "keep"),
    insurers: job.insurers ?? [],
    texts: resultsCsvTexts(t, job.headers, uses),
  });
  const base = job.fileName.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 60) || "list";
  return new NextResponse(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${base}-results${separator === ";" ? "-excel" : ""}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
