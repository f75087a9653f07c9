import { getTranslations } from "next-intl/server";
import { StatusPage } from "./_components/status-page";

/** The 404 page, in the interface language. */
export default async function NotFound() {
  const t = await getTranslations("Boundaries");
  return <StatusPage title={t("notFound")} text={t("notFoundText")} link="/" />;
}
