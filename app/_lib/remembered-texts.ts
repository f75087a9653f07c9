/** Entries kept per translator before they are dropped (all at once, as format-cached.ts does). */
export const REMEMBERED_TEXTS_LIMIT = 4000;

function plain(values: unknown): values is Record<string, string | number | boolean> | undefined {
  if (values === undefined) return true;
  if (values === null || typeof values !== "object") return false;
  for (const key in values) {
    const v = (values as Record<string, unknown>)[key];
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return false;
  }
  return true;
}

/**
 * A translator that remembers the texts it has made. Formatting an ICU message with arguments
 * (`t("rank", { rank: 1 })`, `t("tariff", { date })`) parses nothing but still runs the message
 * formatter and looks up its Intl formatters through memoised keys on every call; a calculation
 * page makes dozens of them with a handful of distinct values. A text is a function of the
 * language, the time zone, the message and the values, none of which changes while the server
 * runs (`translations()` keeps one translator per language and namespace), so the text made for a
 * key and its values is kept. Only calls with plain values (strings, numbers, booleans) and no
 * per-call formats are remembered; others, and `rich`, `markup`, `raw` and `has`, go to `t`.
 * Bounded: at `limit` entries the texts are dropped and made again as they are asked for.
 * `t` is next-intl's translator (a function with its helpers as properties); its type is kept.
 */
export function rememberTexts<T extends object>(t: T, limit = REMEMBERED_TEXTS_LIMIT): T {
  const texts = new Map<string, string>();
  const call = t as unknown as (key: string, values?: unknown, formats?: unknown) => string;
  const remembered = (key: string, values?: unknown, formats?: unknown): string => {
    if (formats !== undefined || !plain(values)) return call(key, values, formats);
    const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
    let text = texts.get(id);
    if (text === undefined) {
      text = call(key, values);
      if (texts.size >= limit) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
  // The helpers (rich, markup, raw, has) are the translator's own.
  return Object.assign(remembered, t) as unknown as T;
}
