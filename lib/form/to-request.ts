import type { Catalog } from "@/lib/catalog";
import { resolveItem, type SearchItem } from "@/lib/catalog/search";
import { modelSearchItems, regionSearchItems } from "@/lib/catalog/search-items";
import { parseQuoteRequest } from "@/lib/rating/parse-request";
import type { TQuoteRequestInput } from "@/lib/rating/request-schema";
import type { DriverFields, FormState, Tri } from "./form-state";
import { normalizeAmount } from "./amount";

export { normalizeAmount };

const WHOLE = /^\d+$/;

/** Text that is a whole number becomes a number; anything else stays text, so the schema names the field. */
function wholeOrText(text: string): number | string {
  const t = text.trim();
  return WHOLE.test(t) ? Number(t) : t;
}

function decimalOrText(text: string): number | string {
  const t = normalizeAmount(text);
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

const tri = (t: Tri): boolean | undefined => (t === "yes" ? true : t === "no" ? false : undefined);

const searchCache = new WeakMap<Catalog, { models: SearchItem[]; regions: SearchItem[] }>();
function searchOf(catalog: Catalog) {
  let items = searchCache.get(catalog);
  if (!items) {
    items = { models: modelSearchItems([...catalog.models.values()], catalog.makes), regions: regionSearchItems([...catalog.regions.values()], "ru") };
    searchCache.set(catalog, items);
  }
  return items;
}

/**
 * A model typed by id ("mazda-3"), by name ("Mazda 3", any case) or as people write it
 * («солярис», "kiario"), when that stands for one model only (see lib/catalog/search.ts).
 */
export function resolveModelId(text: string, catalog: Catalog): string {
  const t = text.trim();
  if (catalog.models.has(t)) return t;
  return resolveItem(searchOf(catalog).models, t)?.id ?? t;
}

/**
 * A region typed as its code ("38"), as "38 — Иркутская область", by any part of its name in
 * either language, by its capital or a common name («Иркутская», «Казань», «СПб»), when that
 * stands for one region only.
 */
export function resolveRegionCode(text: string, catalog: Catalog): string {
  const t = text.trim();
  const code = /^(\d{1,2})(\s|—|-|$)/.exec(t)?.[1];
  if (code !== undefined) return code.padStart(2, "0");
  return resolveItem(searchOf(catalog).regions, t)?.id ?? t;
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
      ...(form.credit && form.creditor.trim() ? { creditor: form.creditor.trim() } : {}),
      ...(form.isNew ? { isNew: true } : {}),
      ...(form.registeredOn.trim() ? { registeredOn: form.registeredOn.trim() } : {}),
    },
    drivers: form.unlimited ? [] : form.drivers.map(toDriver),
    unlimitedDrivers: form.unlimited,
    bonusMalusClass: form.bonusMalus as TQuoteRequestInput["bonusMalusClass"],
    coverage: form.coverage,
    franchise,
    repair: form.repair,
    wearDeduction: form.wear,
    sumInsuredType: form.aggregate ? "aggregate" : "non-aggregate",
    installments: wholeOrText(form.installments),
    ...(form.term.trim() && form.term.trim() !== "12" ? { policyTermMonths: wholeOrText(form.term) } : {}),
    ...(!form.unlimited && form.allowedDrivers.trim() ? { allowedDrivers: wholeOrText(form.allowedDrivers) } : {}),
    ...(form.programme ? { program: { level: form.programme } } : {}),
    ...(form.addOns.length > 0 ? { addOns: form.addOns.map((id) => (id === "dsago" ? { id, sumInsured: decimalOrText(form.dsagoSum), trailer: form.dsagoTrailer } : id)) } : {}),
    switchingFromInsurer: form.switching,
    telematics: form.telematics,
  } as TQuoteRequestInput;
}

/** A form validated as a quote request by the one request schema (the page, the check, the agent's save). */
export function parseForm(form: FormState, catalog: Catalog, today: string): ReturnType<typeof parseQuoteRequest> {
  return parseQuoteRequest(formToRequest(form, catalog), catalog, today);
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
    "vehicle.creditor": "creditor",
    "vehicle.registeredOn": "registeredOn",
    allowedDrivers: "allowedDrivers",
    addOns: "dsagoSum",
    policyTermMonths: "term",
    installments: "installments",
  };
  for (const [prefix, field] of Object.entries(map)) if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  return "form";
}

/**
 * The message key (Errors namespace) for a field's issue: the field itself, one key for any
 * driver's age or experience, and for the first registration date, what is wrong with it.
 */
export function errorKeyOf(field: string, message: string): string {
  if (/^driver-\d+-age$/.test(field)) return "driverAge";
  if (/^driver-\d+-experience$/.test(field)) return "driverExperience";
  if (field === "registeredOn") {
    if (message.includes("after the policy start")) return "registeredOnAfterStart";
    if (message.includes("before the model year")) return "registeredOnBeforeYear";
  }
  return field;
}

/** The form's fields in the order the form shows them (drivers in their place, in turn). */
const FIELD_ORDER = ["model", "year", "price", "region", "drivers", "driver", "power", "registeredOn", "creditor", "allowedDrivers", "bonusMalus", "franchiseAmount", "franchisePercent", "dsagoSum", "term", "installments", "start", "form"];

/** Sorts field ids into the form's order, so the error summary reads like the form. */
export function inFormOrder(fields: string[]): string[] {
  const rank = (field: string): [number, number, number] => {
    const driver = /^driver-(\d+)-(age|experience)$/.exec(field);
    if (driver) return [FIELD_ORDER.indexOf("driver"), Number(driver[1]), driver[2] === "age" ? 0 : 1];
    const i = FIELD_ORDER.indexOf(field);
    return [i === -1 ? FIELD_ORDER.length : i, 0, 0];
  };
  return [...fields].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
}
