/**
 * A message function for one namespace: next-intl's `getTranslations` on the server, its
 * `createTranslator` in tests. Server components take it as a prop so that they stay plain
 * functions; client components get strings, never a translator (no ICU runtime in the browser).
 */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

type Messages = { [key: string]: string | Messages };

/**
 * Every message of a namespace that takes no arguments, formatted, in the messages' own shape.
 * Messages with arguments are left out: the caller formats them with their values.
 */
export function resolveMessages<T extends Messages>(t: Translate, raw: T, skip: readonly string[] = [], prefix = ""): T {
  const out: Messages = {};
  for (const [key, value] of Object.entries(raw)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (skip.includes(path)) continue;
    out[key] = typeof value === "string" ? t(path) : resolveMessages(t, value, skip, path);
  }
  return out as T;
}
