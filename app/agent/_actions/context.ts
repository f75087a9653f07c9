// Server-only: what an agent's server action needs — the database, the user, the time and the
// request's IP address (recorded with consents), and the interface language.
import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { actionContext } from "@/lib/editor/actions/session.server";

/**
 * The client's address as the proxy in front of the site reports it (X-Forwarded-For's first
 * entry, else X-Real-IP); "unknown" when neither is there (a direct connection in development).
 */
export function requestIp(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || h.get("x-real-ip")?.trim() || "unknown";
  return ip.slice(0, 100);
}

export async function agentActionContext() {
  const [base, h, locale] = await Promise.all([actionContext(), headers(), getLocale()]);
  return { ...base, ip: requestIp(h), locale: locale === "en" ? "en" : "ru" } as const;
}
