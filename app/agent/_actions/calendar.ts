"use server";
// The agent's reminders feed: make a new secret link (shown once), or revoke it.
import { headers } from "next/headers";
import { regenerateCalendarToken, revokeCalendarToken } from "@/lib/agent/calendar-feed.server";
import type { FormResult } from "@/app/editor/_components/form-result";
import { refuse } from "../_lib/page-access.server";
import { agentActionContext } from "./context";

export async function calendarAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now, locale } = await agentActionContext();
  if (formData.get("do") === "revoke") {
    const result = await revokeCalendarToken(db, user, now);
    if (!result.ok) refuse(result, "/agent/renewals");
    return { status: "ok", message: "", issues: [], values: { revoked: "1" } };
  }
  const result = await regenerateCalendarToken(db, user, now);
  if (!result.ok) refuse(result, "/agent/renewals");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return { status: "ok", message: `${proto}://${host}/feeds/renewals/${result.token}.ics${locale === "en" ? "?lang=en" : ""}`, issues: [] };
}
