"use server";
// The agent's discount per offer, commercial offers and their links (the functions check access).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { FormResult } from "@/app/editor/_components/form-result";
import { formatRub } from "@/lib/format/money";
import { setDiscount } from "@/lib/offer/discounts.server";
import { createOffer, offerLinkPath, revokeOffer } from "@/lib/offer/offers.server";
import { refuse } from "../_lib/page-access.server";
import { agentActionContext } from "./context";

const offerPage = (id: string) => `/agent/calculations/${encodeURIComponent(id)}/offer`;

export async function setDiscountAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now, locale } = await agentActionContext();
  const values = {
    calculationId: String(formData.get("calculationId") ?? "").slice(0, 20),
    insurerId: String(formData.get("insurerId") ?? "").slice(0, 80),
    kind: String(formData.get("kind") ?? "").slice(0, 20),
    value: String(formData.get("value") ?? "").slice(0, 40),
  };
  const result = await setDiscount(db, user, values, now);
  const t = await getTranslations("Discount");
  if (!result.ok) {
    if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, offerPage(values.calculationId));
    const cap = "cap" in result && result.cap !== undefined ? formatRub(result.cap, locale) : "";
    const issues = result.issues.map((i) => ({ path: i.path === "insurerId" ? "value" : i.path, message: t.has(`errors.${i.message}`) ? t(`errors.${i.message}`, { cap }) : t("errors.generic") }));
    return { status: "error", message: t("errors.generic"), issues, values };
  }
  revalidatePath(offerPage(values.calculationId));
  return { status: "ok", message: t("applied"), issues: [], values };
}

export async function createOfferAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const calculationId = String(formData.get("calculationId") ?? "").slice(0, 20);
  const insurerIds = formData
    .getAll("insurerIds")
    .map((v) => String(v).slice(0, 80))
    .slice(0, 10);
  const values = { calculationId, locale: String(formData.get("locale") ?? "").slice(0, 5), expiresOn: String(formData.get("expiresOn") ?? "").slice(0, 20), insurerIds: insurerIds.join(",") };
  const result = await createOffer(db, user, { calculationId, insurerIds, locale: values.locale, expiresOn: values.expiresOn }, now);
  const t = await getTranslations("Discount");
  if (!result.ok) {
    if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, offerPage(calculationId));
    const issues = result.issues.map((i) => ({ path: i.path === "" ? "insurerIds" : i.path, message: t.has(`errors.${i.message}`) ? t(`errors.${i.message}`, { cap: "" }) : t("errors.generic") }));
    return { status: "error", message: t("errors.generic"), issues, values };
  }
  revalidatePath(offerPage(calculationId));
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return { status: "ok", message: t("created"), issues: [], values: { link: `${proto}://${host}${offerLinkPath(result.token)}`, offerId: String(result.offer.id) } };
}

export async function revokeOfferAction(formData: FormData): Promise<void> {
  const { db, user, now } = await agentActionContext();
  const offerId = String(formData.get("offerId") ?? "").slice(0, 20);
  const calculationId = String(formData.get("calculationId") ?? "").slice(0, 20);
  const result = await revokeOffer(db, user, { offerId }, now);
  if (!result.ok) refuse(result, offerPage(calculationId));
  revalidatePath(offerPage(calculationId));
}
