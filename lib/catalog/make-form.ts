/**
 * The tariff editor's make form: the fields as typed → a catalog make, validated with the
 * catalog's own schema, every problem as a field and a code (the page words the codes in Russian
 * or English). Pure; the model form (model-form.ts) works the same way.
 */
import { MODEL_LIMITS, ZVehicleMake, type TVehicleMake } from "./schema";

export const MAKE_FORM_FIELDS = ["name", "namesRu", "namesEn", "spellings"] as const;
export type MakeFormField = (typeof MAKE_FORM_FIELDS)[number];
export type MakeFormValues = Record<MakeFormField, string>;

export type MakeIssueCode = "required" | "too_long" | "too_many_spellings" | "name_taken";

export interface MakeIssue {
  path: MakeFormField;
  code: MakeIssueCode;
}

/** Longest text accepted in any field before validation (the spellings field holds several lines). */
const MAX_FIELD_CHARS = MODEL_LIMITS.spellings * (MODEL_LIMITS.spellingLength + 2);

/** The form's values from submitted data: every field a trimmed string, cut at a sane length. */
export function makeFormValues(get: (name: string) => unknown): MakeFormValues {
  const values = {} as MakeFormValues;
  for (const field of MAKE_FORM_FIELDS) {
    const raw = get(field);
    values[field] = (typeof raw === "string" ? raw : "").slice(0, MAX_FIELD_CHARS).trim();
  }
  return values;
}

/** A make as the form shows it. */
export function makeToFormValues(m: TVehicleMake): MakeFormValues {
  return { name: m.name, namesRu: m.names.ru, namesEn: m.names.en, spellings: m.spellings.join("\n") };
}

function fieldOf(path: readonly PropertyKey[]): MakeFormField {
  if (path[0] === "names") return path[1] === "en" ? "namesEn" : "namesRu";
  return path[0] === "spellings" ? "spellings" : "name";
}

export type MakeFormResult = { ok: true; make: TVehicleMake } | { ok: false; issues: MakeIssue[] };

/** Validates the form: every field's problem at once, in the form's order. */
export function parseMakeForm(values: MakeFormValues): MakeFormResult {
  const spellings = values.spellings
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const parsed = ZVehicleMake.safeParse({ name: values.name, names: { ru: values.namesRu, en: values.namesEn }, spellings: [...new Set(spellings)] });
  if (parsed.success) return { ok: true, make: parsed.data };
  const issues: MakeIssue[] = [];
  for (const issue of parsed.error.issues) {
    const path = fieldOf(issue.path);
    if (issues.some((i) => i.path === path)) continue;
    const code: MakeIssueCode = path === "spellings" && issue.code === "too_big" && issue.path.length === 1 ? "too_many_spellings" : issue.code === "too_big" ? "too_long" : "required";
    issues.push({ path, code });
  }
  return { ok: false, issues: issues.sort((a, b) => MAKE_FORM_FIELDS.indexOf(a.path) - MAKE_FORM_FIELDS.indexOf(b.path)) };
}
