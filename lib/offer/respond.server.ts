// Server-only: the commercial offer's answers — the HTML page, the PDF, and the pages of a link
// that no longer works — with the headers every one of them carries (never cached, never indexed,
// no referrer: the link's token must not leak to other sites).
import "server-only";
import { loadCatalog } from "@/lib/db/catalog.server";
import type { Db } from "@/lib/db/client.server";
import { rateBookVersions, type CommercialOffer, type SavedCalculation } from "@/lib/db/schema";
import type { UiLocale } from "@/lib/format/money";
import type { EditionRef } from "@/lib/agent/calculations.server";
import { inArray } from "drizzle-orm";
import { buildOfferDocument, type OfferDocument } from "./document";
import { renderMessagePage, renderOfferPage, type OfferPageActions } from "./html";
import { offerSource } from "./offers.server";
import { renderOfferPdf } from "./pdf.server";
import { offerTranslator } from "./translate";

const PRIVATE = { "cache-control": "no-store", "x-robots-tag": "noindex, nofollow", "referrer-policy": "no-referrer", "x-content-type-options": "nosniff" };

/** Whether the editions behind the chosen offers are demonstration tariffs (their provenance says so). */
async function isDemonstration(db: Db, offer: CommercialOffer, calc: SavedCalculation): Promise<boolean> {
  const chosen = new Set(offer.insurerIds as string[]);
  const ids = (calc.editions as EditionRef[]).filter((e) => chosen.has(e.insurerId) && e.versionId !== null).map((e) => e.versionId!);
  if (ids.length === 0) return true;
  const rows = await db.select({ body: rateBookVersions.body }).from(rateBookVersions).where(inArray(rateBookVersions.id, ids));
  // Version 1 says `demonstration: true`, version 2 `kind: "demonstration"` (docs/decisions/0021-rate-book-programmes-and-add-ons.md).
  return rows.some((r) => {
    const provenance = (r.body as { provenance?: { demonstration?: unknown; kind?: unknown } }).provenance;
    return provenance?.demonstration === true || provenance?.kind === "demonstration";
  });
}

export async function offerDocument(db: Db, offer: CommercialOffer, calc: SavedCalculation): Promise<OfferDocument> {
  const locale = offer.locale === "en" ? "en" : "ru";
  const source = await offerSource(db, offer, calc, locale, await isDemonstration(db, offer, calc));
  return buildOfferDocument(source, await loadCatalog(db, { withRemoved: true }), offerTranslator(locale));
}

export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { ...PRIVATE, "content-type": "text/html; charset=utf-8" } });
}

/** The offer as a page; `nonce` is the request's CSP nonce (from the proxy): without one, no print button. */
export function offerPageResponse(doc: OfferDocument, pdfHref: string, nonce: string | null): Response {
  const t = offerTranslator(doc.locale);
  const actions: OfferPageActions = { print: nonce ? { label: t("Offer.print"), nonce } : undefined, pdf: { href: pdfHref, label: t("Offer.downloadPdf") } };
  return htmlResponse(renderOfferPage(doc, actions));
}

export async function offerPdfResponse(doc: OfferDocument, fileDate: string): Promise<Response> {
  const t = offerTranslator(doc.locale);
  const bytes = await renderOfferPdf(doc, (n, total) => t("Offer.page", { n, total }));
  const name = `${t("Offer.fileName")}-${fileDate}.pdf`;
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: { ...PRIVATE, "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"`, "content-length": String(bytes.length) },
  });
}

/** The link no longer works (410) or never did (404): a plain page saying so, in `locale`. */
export function linkEndedResponse(status: 404 | 410, locale: UiLocale): Response {
  const t = offerTranslator(locale);
  return status === 410 ? htmlResponse(renderMessagePage(locale, t("Offer.goneTitle"), t("Offer.goneText")), 410) : htmlResponse(renderMessagePage(locale, t("Offer.notFoundTitle"), t("Offer.notFoundText")), 404);
}
