import type { Catalog } from "@/lib/catalog";
import type { TQuoteRequestInput } from "@/lib/rating/request-schema";
import type { DriverFields, FormState, Tri } from "./form-state";

const WHOLE = /^\d+$/;

/** Text that is a whole number becomes a number; anything else stays text, so the schema names the field. */
function wholeOrText(text: string): number | string {
  const t = text.trim();
  return WHOLE.test(t) ? Number(t) : t;
}

/**
 * "1 200 000,50" → "1200000.50" and "1,200,000.50" → "1200000.50": spaces (incl. no-break)
 * dropped; commas in 3-digit groups are grouping, a lone comma is the decimal mark.
 */
export function normalizeAmount(text: string): string {
  const t = text.replace(/[\s\u00a0\u202f]/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return t.replace(/,/g, "");
  return t.replace(",", ".");
}

function decimalOrText(text: string): number | string {
  const t = normalizeAmount(text);
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

const tri = (t: Tri): boolean | undefined => (t === "yes" ? true : t === "no" ? false : undefined);

/** A model typed by id ("mazda-3") or by name ("Mazda 3", any case). */
export function resolveModelId(text: string, catalog: Catalog): string {
  const t = text.trim();
  if (catalog.models.has(t)) return t;
  const wanted = t.toLowerCase().replace(/\s+/g, " ");
  for (const m of catalog.models.values()) if (`${m.make} ${m.model}`.toLowerCase() === wanted) return m.id;
  return t;
}

/** A region typed as its code ("38"), as "38 — Иркутская область", or by name in either language. */
export function resolveRegionCode(text: string, catalog: Catalog): string {
  const t = text.trim();
  const code = /^(\d{1,2})(\s|—|-|$)/.exec(t)?.[1];
  if (code !== undefined) return code.padStart(2, "0");
  const wanted = t.toLowerCase();
  for (const r of catalog.regions.values()) if (r.name.ru.toLowerCase() === wanted || r.name.en.toLowerCase() === wanted) return r.code;
  return t;
}

function toDriver(d: DriverFields) {
  const married = tri(d.married);
  const children = tri(d.children);
  return {
    age: wholeOrText(d.age),
    experienceYears: wholeOrText(d.experience),
    ...(d.sex ? { sex: d.sex } : {}),
    ...(married !== undefined ? { married } : {}),
    ...(children !== undefined ? { hasChildren: children } : {}),
  };
}

/** The API request a form state stands for; validation is left to the one request schema. */
export function formToRequest(form: FormState, catalog: Catalog): TQuoteRequestInput {
  const franchise =
    form.franchise === "fixed" || form.franchise === "fromSecondClaim"
      ? { type: form.franchise, amount: decimalOrText(form.franchiseAmount) }
      : form.franchise === "percent"
        ? { type: "percent" as const, percent: decimalOrText(form.franchisePercent) }
        : { type: "none" as const };
  return {
    ...(form.start.trim() ? { policyStart: form.start.trim() } : {}),
    region: resolveRegionCode(form.region, catalog),
    vehicle: {
      modelId: resolveModelId(form.model, catalog),
      year: wholeOrText(form.year),
      price: decimalOrText(form.price),
      ...(form.power.trim() ? { powerHp: wholeOrText(form.power) } : {}),
      antiTheft: form.antiTheft,
      parking: form.parking,
      credit: form.credit,
    },
    drivers: form.unlimited ? [] : form.drivers.map(toDriver),
    unlimitedDrivers: form.unlimited,
    bonusMalusClass: form.bonusMalus as TQuoteRequestInput["bonusMalusClass"],
    coverage: form.coverage,
    franchise,
    repair: form.repair,
    wearDeduction: form.wear,
    sumInsuredType: form.aggregate ? "aggregate" : "non-aggregate",
    installments: Number(form.installments) as 1 | 2 | 4,
    switchingFromInsurer: form.switching,
    telematics: form.telematics,
  } as TQuoteRequestInput;
}

/** The form field a request-schema issue path belongs to ("drivers.0.age" → "driver-0-age"). */
export function fieldOfIssue(path: string): string {
  const driver = /^drivers\.(\d+)\.(age|experienceYears)/.exec(path);
  if (driver) return `driver-${driver[1]}-${driver[2] === "age" ? "age" : "experience"}`;
  const map: Record<string, string> = {
    region: "region",
    "vehicle.modelId": "model",
    "vehicle.year": "year",
    "vehicle.price": "price",
    "vehicle.powerHp": "power",
    drivers: "drivers",
    "franchise.amount": "franchiseAmount",
    "franchise.percent": "franchisePercent",
    policyStart: "start",
    bonusMalusClass: "bonusMalus",
  };
  for (const [prefix, field] of Object.entries(map)) if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  return "form";
}
