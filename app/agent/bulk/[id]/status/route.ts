// GET /agent/bulk/<id>/status — a bulk job's progress as JSON, polled by its page while it runs. A
// job that needs a runner (queued, or its worker gone with a restart) gets one here.
// 401 signed out, 403 another role, 404 a job the agent may not see.
import { NextResponse } from "next/server";
import { handlerContext } from "@/app/api/v1/editor/_lib/respond";
import { bulkJobStatusForUser } from "@/lib/agent/bulk-jobs.server";
import { kickBulkRunner, needsRunner } from "@/lib/agent/bulk-runner.server";
import { getReadyDatabase } from "@/lib/db/ready.server";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await handlerContext(request);
  const loaded = await bulkJobStatusForUser(ctx.db, ctx.session.user, (await params).id);
  if (!loaded.ok) return NextResponse.json({ error: loaded.error }, { status: loaded.status, headers: { "cache-control": "no-store" } });
  const { job } = loaded;
  if (needsRunner(job, ctx.now)) kickBulkRunner(await getReadyDatabase());
  return NextResponse.json(
    { status: job.status, rowsDone: job.rowsDone, rowCount: job.rowCount, rowsQuoted: job.rowsQuoted, rowsInvalid: job.rowsInvalid },
    { headers: { "cache-control": "no-store" } },
  );
}
