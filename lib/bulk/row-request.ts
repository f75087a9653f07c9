/**
 * One row of a client list as a quote request: each mapped cell converted the way an agent
 * would write it in a spreadsheet ("1 200 000", «Солярис», «Иркутская», "да", "01.12.2026"),
 * then validated by the one request schema (the API's, the form's, the CLI's). A cell that cannot
 * be converted is passed on as it is, so that the schema names the field. Pure; no I/O.
 */
import type { Catalog } from "@/lib/catalog";
import { normalizeAmount } from "@/lib/form/amount";
import { resolveModelId, resolveRegionCode } from "@/lib/form/to-request";
import { parseQuoteRequest, type TQuoteRequest } from "@/lib/rating";
import type { BulkField, ColumnUse } from "./fields";

/** A problem of one row, by field; `message` is the schema's (English) wording, the page words it per field. */
export interface RowIssue {
  field: BulkField | "drivers" | "row";
  message: string;
}

export type RowOutcome = { ok: true; request: TQuoteRequest } | { ok: false; issues: RowIssue[] };

const WHOLE = /^\d+$/;
const whole = (t: string): number | string => (WHOLE.test(t) ? Number(t) : t);

const YES = new Set(["да", "д", "yes", "y", "true", "1", "+", "есть", "x", "х", "✓"]);
const NO = new Set(["нет", "н", "no", "n", "false", "0", "-", "—"]);
function bool(t: string): boolean | string {
  const k = t.toLowerCase();
  return YES.has(k) ? true : NO.has(k) ? false : t;
}

/** Words an agent may use for the options, beside the API's own values. */
const WORDS: Record<"antiTheft" | "parking" | "coverage" | "repair", Record<string, string>> = {
  antiTheft: { нет: "none", без: "none", стандартная: "standard", стандарт: "standard", обычная: "standard", спутниковая: "satellite", спутник: "satellite", gps: "satellite" },
  parking: { улица: "street", "на улице": "street", охраняемая: "guarded", "охраняемая стоянка": "guarded", стоянка: "guarded", гараж: "garage" },
  coverage: { полное: "full", полная: "full", "ущерб и угон": "full", "ущерб+угон": "full", ущерб: "damage", угон: "theft", "угон и гибель": "theft" },
  repair: {
    дилер: "dealer",
    "у дилера": "dealer",
    "сто страховщика": "insurer-garage",
    "сто клиента": "client-garage",
    калькуляция: "insurer-calculation",
    "калькуляция страховщика": "insurer-calculation",
    "независимая экспертиза": "independent-appraiser",
    экспертиза: "independent-appraiser",
  },
};
const word = (kind: keyof typeof WORDS, t: string): string => WORDS[kind][t.toLowerCase()] ?? t.toLowerCase();

/** "01.12.2026" (Russian Excel) → "2026-12-01"; anything else unchanged. */
function isoDate(t: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : t;
}

/** "30 000" → fixed 30 000 ₽; "2%" → 2 % of the value; empty, "0" or "нет" → none. */
function franchise(t: string): unknown {
  const k = t.toLowerCase();
  if (k === "" || k === "0" || NO.has(k)) return { type: "none" };
  const percent = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(k);
  if (percent) return { type: "percent", percent: Number(percent[1]!.replace(",", ".")) };
  return { type: "fixed", amount: normalizeAmount(t) };
}

/** The cells of a row by field (empty cells left out), as the mapping says. */
export function cellsByField(row: readonly string[], uses: readonly ColumnUse[]): Partial<Record<BulkField, string>> {
  const cells: Partial<Record<BulkField, string>> = {};
  uses.forEach((use, i) => {
    if (use === "" || use === "keep") return;
    const value = (row[i] ?? "").trim();
    if (value !== "") cells[use] = value;
  });
  return cells;
}

/** The request input a row stands for; validation is left to the request schema. */
export function rowToRequestInput(cells: Partial<Record<BulkField, string>>, catalog: Catalog): Record<string, unknown> {
  const vehicle: Record<string, unknown> = {
    modelId: cells.model === undefined ? undefined : resolveModelId(cells.model, catalog),
    year: cells.year === undefined ? undefined : whole(cells.year),
    price: cells.price === undefined ? undefined : normalizeAmount(cells.price),
  };
  if (cells.power !== undefined) vehicle.powerHp = whole(cells.power);
  if (cells.antiTheft !== undefined) vehicle.antiTheft = word("antiTheft", cells.antiTheft);
  if (cells.parking !== undefined) vehicle.parking = word("parking", cells.parking);
  if (cells.credit !== undefined) vehicle.credit = bool(cells.credit);
  const drivers: Record<string, unknown>[] = [];
  for (const n of [1, 2, 3] as const) {
    const age = cells[`driver${n}Age`];
    const experience = cells[`driver${n}Experience`];
    if (age === undefined && experience === undefined) continue;
    // A driver with a gap before it keeps its number, so that errors point at the right columns.
    while (drivers.length < n - 1) drivers.push({ age: undefined, experienceYears: undefined });
    drivers.push({ age: age === undefined ? undefined : whole(age), experienceYears: experience === undefined ? undefined : whole(experience) });
  }
  const request: Record<string, unknown> = {
    region: cells.region === undefined ? undefined : resolveRegionCode(cells.region, catalog),
    vehicle,
    drivers,
  };
  if (cells.unlimited !== undefined) request.unlimitedDrivers = bool(cells.unlimited);
  if (cells.policyStart !== undefined) request.policyStart = isoDate(cells.policyStart);
  if (cells.bonusMalus !== undefined) request.bonusMalusClass = cells.bonusMalus.toUpperCase().replace("М", "M");
  if (cells.franchise !== undefined) request.franchise = franchise(cells.franchise);
  if (cells.coverage !== undefined) request.coverage = word("coverage", cells.coverage);
  if (cells.repair !== undefined) request.repair = word("repair", cells.repair);
  if (cells.installments !== undefined) request.installments = whole(cells.installments);
  if (cells.switching !== undefined) request.switchingFromInsurer = bool(cells.switching);
  if (cells.telematics !== undefined) request.telematics = bool(cells.telematics);
  return request;
}

/** The row's field an issue of the request schema belongs to. */
export function fieldOfPath(path: string): RowIssue["field"] {
  const driver = /^drivers\.(\d+)\.(age|experienceYears)/.exec(path);
  if (driver) {
    const n = Number(driver[1]) + 1;
    if (n <= 3) return `driver${n as 1 | 2 | 3}${driver[2] === "age" ? "Age" : "Experience"}`;
    return "drivers";
  }
  const map: [string, RowIssue["field"]][] = [
    ["vehicle.modelId", "model"],
    ["vehicle.year", "year"],
    ["vehicle.price", "price"],
    ["vehicle.powerHp", "power"],
    ["vehicle.antiTheft", "antiTheft"],
    ["vehicle.parking", "parking"],
    ["vehicle.credit", "credit"],
    ["region", "region"],
    ["drivers", "drivers"],
    ["unlimitedDrivers", "unlimited"],
    ["policyStart", "policyStart"],
    ["bonusMalusClass", "bonusMalus"],
    ["franchise", "franchise"],
    ["coverage", "coverage"],
    ["repair", "repair"],
    ["installments", "installments"],
    ["switchingFromInsurer", "switching"],
    ["telematics", "telematics"],
  ];
  for (const [prefix, field] of map) if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  return "row";
}

/** A row validated: the request, or its problems by field (one per field, the first), in column order. */
export function validateRow(row: readonly string[], uses: readonly ColumnUse[], catalog: Catalog, today: string): RowOutcome {
  const parsed = parseQuoteRequest(rowToRequestInput(cellsByField(row, uses), catalog), catalog, today);
  if (parsed.ok) return { ok: true, request: parsed.request };
  const issues: RowIssue[] = [];
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path);
    if (!issues.some((i) => i.field === field)) issues.push({ field, message: issue.message });
  }
  // In the file's column order; problems of no one column last.
  const column = (f: RowIssue["field"]) => {
    const i = (uses as readonly string[]).indexOf(f);
    return i === -1 ? uses.length : i;
  };
  issues.sort((a, b) => column(a.field) - column(b.field));
  return { ok: false, issues };
}
