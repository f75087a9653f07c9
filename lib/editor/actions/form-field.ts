// Reading form fields with a limit. Every field an editor form sends has a maximum length: a
// longer value is cut to one character past it, so the action's own validation refuses it with
// its usual message (and never echoes or stores megabytes).

/** The longest value of each kind of form field, in characters. */
export const FIELD_LIMITS = {
  /** Ids, revisions, flags, table ids, roles. */
  short: 64,
  date: 10,
  email: 254,
  name: 200,
  /** Passwords are limited in UTF-8 bytes (1024) by lib/auth; this bounds the characters read. */
  password: 1024,
} as const;

/** The text of field `name` (a file or a missing field is ""), at most `max` + 1 characters. */
export function formField(formData: FormData, name: string, max: number = FIELD_LIMITS.short): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max + 1) : "";
}
