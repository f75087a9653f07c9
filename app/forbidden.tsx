import { getTranslations } from "next-intl/server";
import { StatusPage } from "./_components/status-page";

/** The 403 page: signed in, but this section is not for this account's role. */
export default async function Forbidden() {
  const t = await getTranslations("Agent");
  return <StatusPage title={t("forbidden")} text={t("forbiddenText")} link="/login" />;
}
