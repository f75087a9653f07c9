import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireAgent } from "@/lib/agent/access.server";
import { alertsFor } from "@/lib/agent/price-alerts.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { currentUser } from "@/app/_lib/session.server";
import { logoutAction } from "@/app/editor/_actions/session";
import { NavLink } from "@/app/editor/_components/nav-link";
import { buttonClass } from "@/app/editor/_components/styles";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The agents' frame: the agency, who is signed in, the sections, sign-out. Not the security
 * boundary: every page checks access itself (app/agent/_lib/page-access.server.ts), every action too.
 */
export default async function AgentLayout({ children }: { children: ReactNode }) {
  const [{ db }, user, t] = await Promise.all([getReadyDatabase(), currentUser(), getTranslations("Agent")]);
  const access = user ? await requireAgent(db, user) : null;
  const agent = access?.ok ? access.agent : null;
  const changed = agent ? new Set((await alertsFor(db, agent, new Date())).flatMap((a) => a.items.map((i) => i.clientId))).size : 0;
  const ta = changed > 0 ? await getTranslations("Alerts") : null;
  return (
    <div className="mx-auto max-w-6xl px-4 py-4">
      {agent ? (
        <header className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 print:hidden">
          <div className="flex flex-wrap items-center gap-4">
            <Link href="/agent/clients" className="text-lg font-bold text-brand-900">
              {t("workspace")}
            </Link>
            <nav aria-label={t("nav")} className="flex flex-wrap gap-1">
              <NavLink href="/agent/clients">{t("clients")}</NavLink>
              <NavLink href="/agent/clients/new">{t("newClient")}</NavLink>
              <NavLink href="/agent/renewals">{t("renewals")}</NavLink>
              <NavLink href="/agent/bulk">{t("bulkNav")}</NavLink>
              <NavLink href="/agent/alerts">{t("alertsNav")}</NavLink>
            </nav>
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              <span className="font-semibold">{agent.name}</span> <span className="text-slate-600">({t("agency", { name: agent.agencyName })}{agent.isHead ? `, ${t("headBadge")}` : ""})</span>
            </span>
            <form action={logoutAction}>
              <button type="submit" className={buttonClass}>
                {t("logout")}
              </button>
            </form>
          </div>
        </header>
      ) : null}
      {ta ? (
        <p role="status" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 font-medium text-amber-950 print:hidden" data-testid="price-alert-banner">
          {ta("banner", { count: changed })}{" "}
          <Link href="/agent/alerts" className="underline underline-offset-2">
            {ta("open")}
          </Link>
        </p>
      ) : null}
      <main className="space-y-6">{children}</main>
    </div>
  );
}
