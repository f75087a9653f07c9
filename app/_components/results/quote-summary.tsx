import { headers } from "next/headers";
import type { Catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { formatRub, type UiLocale } from "@/lib/format/money";
import type { TQuoteRequest } from "@/lib/rating";
import type { Translate } from "../translate";
import { dateText } from "./format-cached";
import { PrintSummary } from "./print-summary";

/**
 * What was quoted, for the printed page (and a PDF saved from it): the car, its price, the
 * region, the drivers, the options, the date and the site's link to this calculation. Only
 * printed: on screen the form beside the offers says the same. Its rows are sent as texts and
 * drawn by the browser's code (print-summary.tsx), not as an element tree beside their HTML.
 */
export async function QuoteSummary({ request, catalog, query, locale, t, tf }: { request: TQuoteRequest; catalog: Catalog; query: string; locale: UiLocale; t: Translate; tf: Translate }) {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "";
  const protocol = h.get("x-forwarded-proto") ?? "http";
  const model = catalog.models.get(request.vehicle.modelId);
  const region = catalog.regions.get(request.region);
  const v = request.vehicle;
  const drivers = request.unlimitedDrivers
    ? tf("unlimited")
    : request.drivers.map((d) => t("summaryDriver", { age: d.age, experience: d.experienceYears })).join("; ");
  const franchise =
    request.franchise.type === "none" ? t("franchiseNone")
    : request.franchise.type === "percent" ? `${tf("franchise")}: ${request.franchise.percent} %`
    : `${tf(`franchiseOptions.${request.franchise.type}`)}: ${formatRub(String(request.franchise.amount), locale, { whole: true })}`;
  const options = [
    tf(`coverageOptions.${request.coverage}`),
    franchise,
    tf(`repairOptions.${request.repair}`),
    request.wearDeduction ? t("wearYes") : t("wearNo"),
    request.sumInsuredType === "aggregate" ? t("aggregateYes") : t("aggregateNo"),
    tf(`installmentsOptions.${request.installments}`),
    `${tf("antiTheft")}: ${tf(`antiTheftOptions.${v.antiTheft}`)}`,
    `${tf("parking")}: ${tf(`parkingOptions.${v.parking}`)}`,
    `${tf("bonusMalus")}: ${request.bonusMalusClass}`,
    ...(v.credit ? [tf("credit")] : []),
    ...(request.switchingFromInsurer ? [tf("switching")] : []),
    ...(request.telematics ? [tf("telematics")] : []),
  ];
  const rows: [string, string][] = [
    [t("summaryCar"), `${model ? `${model.make} ${model.model}` : v.modelId}, ${v.year}${v.powerHp ? `, ${v.powerHp} ${t("summaryHp")}` : ""}`],
    [tf("price"), formatRub(String(v.price), locale, { whole: true })],
    [tf("region"), region ? `${region.code} — ${region.name[locale]}` : request.region],
    [tf("drivers"), drivers],
    [t("summaryOptions"), options.join(", ")],
    [t("summaryDates"), t("summaryDatesText", { today: dateText(todayIso(), locale), start: dateText(request.policyStart, locale) })],
    [t("summarySite"), `${protocol}://${host}/?${query}`],
  ];
  return <PrintSummary title={t("summaryTitle")} rows={rows} />;
}
