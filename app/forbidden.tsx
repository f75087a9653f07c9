import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The 403 page: signed in, but this section is not for this account's role. */
export default async function Forbidden() {
  const t = await getTranslations("Agent");
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("forbidden")}</h1>
      <p className="text-slate-700">{t("forbiddenText")}</p>
      <p>
        <Link href="/login" className="font-medium text-brand-700 underline">
          /login
        </Link>
      </p>
    </main>
  );
}
