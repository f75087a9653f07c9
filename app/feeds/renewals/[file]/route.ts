// GET /feeds/renewals/<token>.ics — an agent's reminders feed (iCalendar), for a calendar app to
// subscribe to. The token is the only credential (no cookie): an unknown or revoked one → 404.
import { getReadyDatabase } from "@/lib/db/ready.server";
import { todayIso } from "@/lib/clock";
import { calendarPoliciesForToken } from "@/lib/agent/calendar-feed.server";
import { renewalsCalendar } from "@/lib/agent/ics";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const { db } = await getReadyDatabase();
  const now = new Date();
  const rows = await calendarPoliciesForToken(db, token, todayIso(now));
  if (!rows) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  const url = new URL(request.url);
  const en = url.searchParams.get("lang") === "en";
  const body = renewalsCalendar(rows, {
    now,
    host: url.hostname,
    title: en ? "KASKO renewals" : "КАСКО: пролонгации",
    summary: (r) => (en ? `KASKO renewal: ${r.clientName ?? "client"} (${r.insurerNameEn})` : `Пролонгация КАСКО: ${r.clientName ?? "клиент"} (${r.insurerName})`),
    description: (r) =>
      en ? `Policy #${r.id} ends on ${r.endDate}. Premium ${r.premiumPaid} RUB. Re-quote at every insurer: /agent/renewals` : `Полис №${r.id} заканчивается ${r.endDate}. Премия ${r.premiumPaid} ₽. Пересчитайте у всех страховщиков: /agent/renewals`,
  });
  return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store", "x-robots-tag": "noindex" } });
}
