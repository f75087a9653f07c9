/**
 * The tariff editor's model form: the fields as typed (strings) → a catalog model, validated
 * with the catalog's own schema, every problem as a field and a code (the page words the codes
 * in Russian or English). Pure.
 */
import type * as z from "zod";
import { MODEL_LIMITS, ZVehicleModel, type TVehicleModel } from "./schema";

export const MODEL_FORM_FIELDS = [
  "id",
  "make",
  "model",
  "namesRu",
  "namesEn",
  "spellings",
  "class",
  "body",
  "transmission",
  "defaultPowerHp",
  "theftRiskGroup",
  "yearFrom",
  "yearTo",
  "listPrice",
] as const;
export type ModelFormField = (typeof MODEL_FORM_FIELDS)[number];
export type ModelFormValues = Record<ModelFormField, string>;

export type ModelIssueCode =
  | "required"
  | "too_long"
  | "invalid_id"
  | "invalid_choice"
  | "whole_number"
  | "out_of_range"
  | "invalid_price"
  | "year_to_before_from"
  | "too_many_spellings"
  | "id_taken";

export interface ModelIssue {
  path: ModelFormField;
  code: ModelIssueCode;
}

/** Longest text accepted in any field before validation (the spellings field holds several lines). */
export const MAX_FIELD_CHARS = MODEL_LIMITS.spellings * (MODEL_LIMITS.spellingLength + 2);

/** The form's values from submitted data: every field a trimmed string, cut at a sane length. */
export function modelFormValues(get: (name: string) => unknown): ModelFormValues {
  const values = {} as ModelFormValues;
  for (const field of MODEL_FORM_FIELDS) {
    const raw = get(field);
    values[field] = (typeof raw === "string" ? raw : "").slice(0, MAX_FIELD_CHARS).trim();
  }
  return values;
}

/** A model as the form shows it. */
export function modelToFormValues(m: TVehicleModel): ModelFormValues {
  return {
    id: m.id,
    make: m.make,
    model: m.model,
    namesRu: m.names.ru,
    namesEn: m.names.en,
    spellings: m.spellings.join("\n"),
    class: m.class,
    body: m.body,
    transmission: m.transmission,
    defaultPowerHp: String(m.defaultPowerHp),
    theftRiskGroup: String(m.theftRiskGroup),
    yearFrom: String(m.yearFrom),
    yearTo: m.yearTo === undefined ? "" : String(m.yearTo),
    listPrice: m.listPrice ?? "",
  };
}

const PATH_TO_FIELD: Record<string, ModelFormField> = { "names.ru": "namesRu", "names.en": "namesEn" };

function fieldOf(path: readonly PropertyKey[]): ModelFormField {
  const key = path[0] === "names" ? `names.${String(path[1])}` : String(path[0] ?? "id");
  return PATH_TO_FIELD[key] ?? (MODEL_FORM_FIELDS.includes(key as ModelFormField) ? (key as ModelFormField) : "id");
}

function codeOf(issue: z.core.$ZodIssue, field: ModelFormField): ModelIssueCode {
  if (field === "spellings" && issue.code === "too_big" && issue.path.length === 1) return "too_many_spellings";
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" ? "required" : "out_of_range";
    case "too_big":
      return issue.origin === "string" ? "too_long" : "out_of_range";
    case "invalid_format":
      return field === "id" ? "invalid_id" : "invalid_price";
    case "invalid_value":
      return "invalid_choice";
    case "invalid_type":
      return issue.input === undefined ? "required" : field === "listPrice" ? "invalid_price" : "whole_number";
    case "custom":
      return field === "yearTo" ? "year_to_before_from" : "invalid_price";
    default:
      return "invalid_choice";
  }
}

/** A whole number typed in a field ("1 500" allowed), or NaN when it is not one; undefined when empty. */
function wholeNumber(text: string): number | undefined {
  if (text === "") return undefined;
  const compact = text.replace(/[\s\u00a0]/g, "");
  return /^\d{1,10}$/.test(compact) ? Number(compact) : Number.NaN;
}

export type ModelFormResult = { ok: true; model: TVehicleModel } | { ok: false; issues: ModelIssue[] };

/** Validates the form: every field's problem at once, in the form's order. */
export function parseModelForm(values: ModelFormValues): ModelFormResult {
  const issues: ModelIssue[] = [];
  const numbers: Partial<Record<ModelFormField, number>> = {};
  for (const field of ["defaultPowerHp", "theftRiskGroup", "yearFrom", "yearTo"] as const) {
    const n = wholeNumber(values[field]);
    if (Number.isNaN(n)) issues.push({ path: field, code: "whole_number" });
    else if (n !== undefined) numbers[field] = n;
  }
  if (numbers.yearFrom !== undefined && numbers.yearTo !== undefined && numbers.yearTo < numbers.yearFrom) issues.push({ path: "yearTo", code: "year_to_before_from" });
  const price = values.listPrice.replace(/[\s\u00a0]/g, "");
  const spellings = values.spellings
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const input = {
    id: values.id,
    make: values.make,
    model: values.model,
    class: values.class,
    body: values.body,
    defaultPowerHp: numbers.defaultPowerHp,
    transmission: values.transmission,
    theftRiskGroup: numbers.theftRiskGroup,
    ...(price !== "" ? { listPrice: price } : {}),
    names: { ru: values.namesRu, en: values.namesEn },
    spellings: [...new Set(spellings)],
    yearFrom: numbers.yearFrom,
    ...(numbers.yearTo !== undefined ? { yearTo: numbers.yearTo } : {}),
  };
  const parsed = ZVehicleModel.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = fieldOf(issue.path);
      if (issues.some((i) => i.path === path)) continue;
      issues.push({ path, code: codeOf(issue, path) });
    }
  }
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => MODEL_FORM_FIELDS.indexOf(a.path) - MODEL_FORM_FIELDS.indexOf(b.path)) };
  return { ok: true, model: parsed.data! };
}
