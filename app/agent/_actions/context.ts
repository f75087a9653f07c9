// Server-only: what an agent's server action needs — the database, the user, the time and the
// request's IP address (recorded with consents), and the interface language.
import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { actionContext } from "@/app/_lib/session.server";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";

/**
 * The client's address as the server took it from the connection (lib/http/client-ip.ts: a
 * client's own X-Forwarded-For is trusted only through the configured proxies); "unknown"
 * when the server did not stamp one.
 */
export function requestIp(h: Headers): string {
  return (h.get(CLIENT_IP_HEADER) ?? "unknown").slice(0, 100);
}

export async function agentActionContext() {
  const [base, h, locale] = await Promise.all([actionContext(), headers(), getLocale()]);
  return { ...base, ip: requestIp(h), locale: locale === "en" ? "en" : "ru" } as const;
}
