import "server-only";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import { _createCache, _createIntlFormatters, createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { rememberTexts } from "./remembered-texts";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type Shared = { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters>; translators: Map<string, unknown> };

/** Per message set (one per language: the request config imports each file once). */
const sharedOf = new WeakMap<object, Shared>();

/**
 * `getTranslations` with what it builds kept for the process rather than for one request: the
 * parsed messages (ICU), the Intl formatters and the translator of each namespace, per language.
 * next-intl makes them again for every request, which was a tenth of a calculation page's server
 * time; the texts are the same (messages and formats do not change while the server runs, and
 * values are passed on each call). Bounded: one entry per message, format and namespace used.
 * Each translator also remembers the texts it made (remembered-texts.ts): a message formatted
 * with the same plain values gives the same text, so it is formatted once.
 */
export async function translations<NS extends Namespace = never>(namespace?: NS): Promise<ReturnType<typeof createTranslator<Messages, NS>>> {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  let shared = sharedOf.get(messages);
  if (!shared) {
    const cache = _createCache();
    shared = { cache, formatters: _createIntlFormatters(cache), translators: new Map() };
    sharedOf.set(messages, shared);
  }
  const key = `${locale}|${timeZone}|${namespace ?? ""}`;
  let t = shared.translators.get(key) as ReturnType<typeof createTranslator<Messages, NS>> | undefined;
  if (!t) {
    t = rememberTexts(createTranslator<Messages, NS>({ locale, messages, timeZone, namespace, _cache: shared.cache, _formatters: shared.formatters }));
    shared.translators.set(key, t);
  }
  return t;
}
