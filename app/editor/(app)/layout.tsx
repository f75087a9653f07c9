import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { hasRole } from "@/lib/auth/users.server";
import { requireUser } from "@/app/_lib/session.server";
import { logoutAction } from "../_actions/session";
import { ROLE_LABEL } from "../_components/format";
import { NavLink } from "../_components/nav-link";
import { buttonClass } from "../_components/styles";

export const metadata: Metadata = { title: "Редактор тарифов", robots: { index: false, follow: false } };

/**
 * The editor's frame: who is signed in, the sections, sign-out. Not the security boundary: every
 * page checks the session itself, and every action its role.
 */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // Agents have a workspace of their own; the editor is not for them.
  if (user.role === "agent") redirect("/agent/clients");
  const t = await getTranslations("CatalogEditor");
  return (
    <div lang="ru" className="mx-auto max-w-7xl px-4 py-4">
      <header className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/editor" className="text-lg font-bold text-brand-900">
            Редактор тарифов
          </Link>
          <nav aria-label="Разделы редактора" className="flex flex-wrap gap-1">
            <NavLink href="/editor">Тарифы</NavLink>
            <NavLink href="/editor/diff">Сравнение</NavLink>
            <NavLink href="/editor/catalog">{t("nav")}</NavLink>
            <NavLink href="/editor/audit">Журнал</NavLink>
            {hasRole(user, "admin") ? <NavLink href="/editor/users">Пользователи</NavLink> : null}
            {hasRole(user, "admin") ? <NavLink href="/editor/commissions">Комиссия</NavLink> : null}
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span>
            <span className="font-semibold">{user.name}</span> <span className="text-slate-600">({ROLE_LABEL[user.role] ?? user.role})</span>
          </span>
          <form action={logoutAction}>
            <button type="submit" className={buttonClass}>
              Выйти
            </button>
          </form>
        </div>
      </header>
      <main className="space-y-6">{children}</main>
    </div>
  );
}
