/**
 * A message function for one namespace: next-intl's `getTranslations` on the server, its
 * `createTranslator` in tests. Server components take it as a prop so that they stay plain
 * functions; client components get strings, never a translator (no ICU runtime in the browser).
 */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}
