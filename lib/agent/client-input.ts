// The client forms' input, validated with zod. Issues carry a code (the form shows it in the
// user's language, messages/*.json "AgentErrors") and the field it belongs to.
import * as z from "zod";
import { catalog as shippedCatalog, type Catalog } from "@/lib/catalog";
import { REQUEST_LIMITS } from "@/lib/rating/options";

export const LIMITS = {
  name: 200,
  phone: 30,
  email: 254,
  notes: 2000,
  search: 100,
  driverName: 100,
} as const;

/** A field-level problem: `code` is a key of the "AgentErrors" messages. */
export interface FieldIssue {
  path: string;
  code: string;
}

/** Digits and a leading +; 8XXXXXXXXXX (Russian trunk prefix) becomes +7XXXXXXXXXX. Null if not a phone number. */
export function normalizePhone(text: string): string | null {
  const compact = text.replace(/[\s()\-.]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  let digits = compact.replace(/^\+/, "");
  if (!compact.startsWith("+") && digits.length === 11 && digits.startsWith("8")) digits = `7${digits.slice(1)}`;
  if (!compact.startsWith("+") && digits.length === 10) digits = `7${digits}`;
  if (digits.length < 10 || digits.length > 15) return null;
  return `+${digits}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

const text = (max: number) =>
  z
    .string({ error: "required" })
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: "too_long" }));

const optionalText = (max: number) =>
  z
    .unknown()
    .optional()
    .transform((s) => (typeof s === "string" ? s.trim() : ""))
    .pipe(z.string().max(max, { error: "too_long" }));

const checkbox = z.unknown().optional().transform((v) => v === true || v === "on" || v === "yes" || v === "true");

/** Whether `iso` is a real calendar date written YYYY-MM-DD. */
function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const phoneField = optionalText(LIMITS.phone).transform((v, ctx) => {
  if (v === "") return null;
  const phone = normalizePhone(v);
  if (phone === null) ctx.addIssue({ code: "custom", message: "phone" });
  return phone;
});

const emailField = optionalText(LIMITS.email).transform((v, ctx) => {
  if (v === "") return null;
  const email = v.toLowerCase();
  if (!EMAIL.test(email)) ctx.addIssue({ code: "custom", message: "email" });
  return email;
});

/** The client's own fields (create and edit); `today` bounds the birth date (14 to 120 years before). */
export function clientFieldsSchema(today: string) {
  const year = Number(today.slice(0, 4));
  const birthDate = optionalText(10).transform((v, ctx) => {
    if (v === "") return null;
    if (!isCalendarDate(v)) ctx.addIssue({ code: "custom", message: "date" });
    else if (v > `${year - 14}${today.slice(4)}` || v < `${year - 120}${today.slice(4)}`) ctx.addIssue({ code: "custom", message: "birth_date_range" });
    return v;
  });
  return z.object({
    name: text(LIMITS.name).pipe(z.string().min(1, { error: "required" })),
    phone: phoneField,
    email: emailField,
    birthDate,
    notes: optionalText(LIMITS.notes),
  });
}

export type ClientFields = z.output<ReturnType<typeof clientFieldsSchema>>;

/** The client's fields, with "a phone or an e-mail" checked whatever else is wrong. */
export function parseClientFields(input: Record<string, unknown>, today: string): Parsed<ClientFields> {
  const fields = clientFieldsSchema(today).safeParse(input);
  const issues = fields.success ? [] : fieldIssues(fields.error);
  const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";
  if (blank(input.phone) && blank(input.email)) issues.push({ path: "phone", code: "contact_required" });
  if (issues.length > 0 || !fields.success) return { ok: false, issues };
  return { ok: true, value: fields.data };
}

const consentsSchema = z.object({ consentProcessing: checkbox, consentTransfer: checkbox });

export type NewClient = ClientFields & { consentProcessing: true; consentTransfer: boolean };

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** A new client: the fields and the two consents; without consent to processing, nothing is kept. */
export function parseNewClient(input: Record<string, unknown>, today: string): Parsed<NewClient> {
  const fields = parseClientFields(input, today);
  const consents = consentsSchema.parse(input);
  const issues = fields.ok ? [] : fields.issues;
  if (!consents.consentProcessing) issues.push({ path: "consentProcessing", code: "consent_required" });
  if (issues.length > 0 || !fields.ok) return { ok: false, issues };
  return { ok: true, value: { ...fields.value, consentProcessing: true, consentTransfer: consents.consentTransfer } };
}

/** Any zod schema's result as field issues. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: fieldIssues(result.error) };
}

const integer = (min: number, max: number) =>
  z
    .union([z.string(), z.number()], { error: "required" })
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, { error: "required" }).regex(/^\d{1,6}$/, { error: "integer" }))
    .transform(Number)
    .pipe(z.number().min(min, { error: "out_of_range" }).max(max, { error: "out_of_range" }));

/** A car kept with a client (the calculator's own bounds). */
export function vehicleSchema(today: string, catalog: Catalog = shippedCatalog) {
  const maxYear = Number(today.slice(0, 4)) + 1;
  return z.object({
    modelId: z.string({ error: "required" }).trim().min(1, { error: "required" }).refine((id) => catalog.models.has(id), { error: "unknown_model" }),
    year: integer(REQUEST_LIMITS.minYear, maxYear),
    price: z
      .string({ error: "required" })
      .transform((s) => s.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."))
      .pipe(z.string().min(1, { error: "required" }).max(16, { error: "too_long" }).regex(/^\d+(\.\d{1,2})?$/, { error: "amount" }))
      .refine((s) => Number(s) >= Number(REQUEST_LIMITS.minPrice) && Number(s) <= Number(REQUEST_LIMITS.maxPrice), { error: "out_of_range" }),
    powerHp: z
      .unknown()
      .optional()
    .optional()
      .transform((s) => (typeof s === "string" ? s.trim() : ""))
      .pipe(
        z.union([
          z.literal("").transform(() => null),
          z.string().regex(/^\d{1,6}$/, { error: "integer" }).transform(Number).pipe(z.number().min(REQUEST_LIMITS.minPowerHp, { error: "out_of_range" }).max(REQUEST_LIMITS.maxPowerHp, { error: "out_of_range" })),
        ]),
      ),
    region: z
      .unknown()
      .optional()
    .optional()
      .transform((s) => (typeof s === "string" ? s.trim() : ""))
      .pipe(z.union([z.literal("").transform(() => null), z.string().refine((code) => catalog.regions.has(code), { error: "unknown_region" })])),
  });
}

/** A driver kept with a client. */
export const driverSchema = z
  .object({
    name: optionalText(LIMITS.driverName),
    age: integer(REQUEST_LIMITS.minDriverAge, REQUEST_LIMITS.maxDriverAge),
    experienceYears: integer(0, REQUEST_LIMITS.maxDriverAge - REQUEST_LIMITS.earliestLicenceAge),
    sex: z.unknown().optional().transform((s) => (s === "male" || s === "female" ? s : null)),
  })
  .superRefine((d, ctx) => {
    if (d.experienceYears > d.age - REQUEST_LIMITS.earliestLicenceAge) ctx.addIssue({ code: "custom", path: ["experienceYears"], message: "experience_too_long" });
  });

/** zod issues as field issues (first per field). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.join(".");
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, code: /^[a-z_]+$/.test(issue.message) ? issue.message : "invalid" });
  }
  return out;
}
