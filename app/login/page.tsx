import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser, safeNext } from "@/app/_lib/session.server";
import { cardClass, h1Class } from "@/app/editor/_components/styles";
import { SiteLoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Login");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Where each role works (the login's default destination). */
const WORKSPACE_PATH = "/workspace";

/**
 * The one sign-in page for every role. Without a `next`, a signed-in user goes on to their
 * workspace (/workspace sends agents to their clients, editors and admins to the editor).
 */
export default async function SiteLoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? safeNext(params.next) : WORKSPACE_PATH;
  if (await currentUser()) redirect(next);
  const t = await getTranslations("Login");
  return (
    <main className="mx-auto max-w-md space-y-6 px-4 py-10">
      <h1 className={h1Class}>{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className={cardClass}>
        <SiteLoginForm next={next} labels={{ email: t("email"), password: t("password"), submit: t("submit"), pending: t("pending") }} />
      </div>
      <p className="text-sm text-slate-600">{t("accounts")}</p>
    </main>
  );
}
