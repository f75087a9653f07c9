import { getLocale, getTranslations } from "next-intl/server";
import { cardClass, h1Class } from "@/app/editor/_components/styles";
import { agentPage } from "../../_lib/page-access.server";
import { ClientForm } from "../../_components/client-form";
import { clientFormLabels, consentTextsIn, errorMessages } from "../../_components/labels";

type SearchParams = Record<string, string | string[] | undefined>;

/** A new client: the details and the two consents, with the consent texts as shown to the client. */
export default async function NewClientPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await agentPage("/agent/clients/new");
  const [t, te, locale] = await Promise.all([getTranslations("Agent"), getTranslations("AgentErrors"), getLocale()]);
  // From the calculator's "new client": the calculation to return to (a local calculator link only).
  const returnTo = typeof params.return === "string" && params.return.startsWith("/?") && params.return.length <= 4096 ? params.return : undefined;
  return (
    <>
      <h1 className={h1Class}>{t("newClient")}</h1>
      <div className={cardClass}>
        <ClientForm labels={clientFormLabels(t, "new")} errors={errorMessages(te)} consentTexts={consentTextsIn(locale)} returnTo={returnTo} />
      </div>
    </>
  );
}
