import { getTranslations } from "next-intl/server";
import { StatusPage } from "./_components/status-page";

/** The 401 page (unauthorized()): this needs signing in. */
export default async function Unauthorized() {
  const t = await getTranslations("Boundaries");
  return <StatusPage title={t("unauthorized")} text={t("unauthorizedText")} link="/login" />;
}
