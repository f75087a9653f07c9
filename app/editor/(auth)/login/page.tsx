import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser, safeNext } from "@/lib/editor/actions/session.server";
import { LoginForm } from "../../_components/login-form";
import { cardClass, h1Class } from "../../_components/styles";

export const metadata: Metadata = { title: "Вход — редактор тарифов", robots: { index: false, follow: false } };

type SearchParams = Record<string, string | string[] | undefined>;

/** Sign-in for editors and admins. Outside the editor's guard; a signed-in user goes straight on. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await currentUser()) redirect(next);
  return (
    <main lang="ru" className="mx-auto max-w-md space-y-6 px-4 py-10">
      <h1 className={h1Class}>Вход в редактор тарифов</h1>
      <div className={cardClass}>
        <LoginForm next={next} />
      </div>
      <p className="text-sm text-slate-600">Учётные записи создаёт администратор. Забыли пароль — обратитесь к нему.</p>
    </main>
  );
}
