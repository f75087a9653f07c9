/**
 * Type-ahead matching for the catalog: the way people write a car or a region, not only the
 * catalog's spelling. Pure and shared by the form (suggestions) and the server (resolving what
 * was typed without picking a suggestion).
 *
 * Every item has search keys (names, Russian spellings, cities, short names). Keys and queries
 * are folded to one alphabet: lower case, Cyrillic transliterated to Latin, spaces, hyphens and
 * punctuation dropped — so «киа рио», «KiaRio» and "kia-rio" are the same text. A query matches a
 * key exactly, as its start, inside it, or within one typo (two for long queries) in its letters —
 * never in its numbers, nor in the letters of a short model code (A7, Q7), which tell models apart.
 */

export interface SearchItem {
  /** The value the item stands for (a model id, a region code). */
  id: string;
  /** What the field shows when the item is picked. */
  label: string;
  /** Texts it is found by, already folded with {@link foldText}. */
  keys: string[];
  /** Group names (the make of a model, folded): a query naming the group lists all its items. */
  groups?: string[];
}

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sch", ъ: "", ы: "y", ь: "",
  э: "e", ю: "yu", я: "ya",
};

/** Folds a text for matching: lower case, Cyrillic → Latin, only letters and digits kept. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) {
    const latin = CYRILLIC[ch];
    if (latin !== undefined) out += latin;
    else if (/[a-z0-9]/.test(ch)) out += ch;
  }
  return out;
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early above `limit`. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How well a folded query fits a folded key: lower is better, undefined is no match. */
function keyScore(query: string, key: string): number | undefined {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (query.length >= 3 && key.includes(query)) return 2;
  if (query.length < 4) return undefined;
  const limit = query.length >= 8 ? 2 : 1;
  // A typo in what was typed so far (a prefix of the key), or in the whole key. Only in the
  // letters: a different number is a different model ("Mazda 33" is not a typo of Mazda 3).
  const digits = numbersOf(query);
  const prefix = key.slice(0, query.length);
  const d = Math.min(numbersOf(prefix) === digits ? typoDistance(query, prefix, limit) : limit + 1, numbersOf(key) === digits ? typoDistance(query, key, limit) : limit + 1);
  return d <= limit ? 3 + d : undefined;
}

/** The numbers in a folded text, in order ("landcruiser200" → "200"; "tiggo7pro" → "7"). */
function numbersOf(text: string): string {
  return (text.match(/\d+/g) ?? []).join(" ");
}

/** The short model codes in a text, folded: a word of one to three letters then a number ("A7", "X5", «А7»). */
function shortCodes(text: string): string[] {
  return text
    .split(/[\s\-_/.,;:—]+/)
    .map(foldText)
    .filter((w) => /^[a-z]{1,3}\d{1,4}$/.test(w));
}

const codeNumber = (code: string) => code.replace(/^[a-z]+/, "");

/**
 * Whether taking the query for the item would change the letters of a short model code: the
 * query names a code the item lacks, with the number of one the item has ("Audi A7" is not a
 * typo of Audi Q7, as "Mazda 33" is not one of Mazda 3).
 */
function changesCode(queryCodes: readonly string[], label: string): boolean {
  const own = shortCodes(label);
  return queryCodes.some((q) => !own.includes(q) && own.some((c) => codeNumber(c) === codeNumber(q)));
}

/** Every item that fits what was typed, with its score, best first (ties in catalog order). */
function rank(items: readonly SearchItem[], text: string): { item: SearchItem; score: number; index: number }[] {
  const query = foldText(text);
  if (query === "") return [];
  const queryCodes = shortCodes(text);
  const scored: { item: SearchItem; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    let score: number | undefined;
    for (const key of item.keys) {
      const s = keyScore(query, key);
      if (s !== undefined && (score === undefined || s < score)) score = s;
    }
    // A typo (score 3 and above) may not be one in a short model code's letters.
    if (score !== undefined && score >= 3 && queryCodes.length > 0 && changesCode(queryCodes, item.label)) score = undefined;
    // The make alone ("тойота") lists all its models, a little after exact model matches.
    for (const group of item.groups ?? []) {
      const g = keyScore(query, group);
      if (g !== undefined && g !== 2 && (score === undefined || g + 0.5 < score)) score = g + 0.5;
    }
    if (score !== undefined) scored.push({ item, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index);
}

/** The items that fit what was typed, best first (ties in catalog order), at most `limit`. */
export function searchItems(items: readonly SearchItem[], text: string, limit = 10): SearchItem[] {
  return rank(items, text)
    .slice(0, limit)
    .map((s) => s.item);
}

/**
 * The one item a typed text stands for: its label or id exactly, or the single best match.
 * Several equally good matches ("Toyota", "Москва и область") resolve to none: the user picks.
 */
export function resolveItem(items: readonly SearchItem[], text: string): SearchItem | undefined {
  const t = text.trim().toLowerCase();
  if (t === "") return undefined;
  const exact = items.find((i) => i.id === text.trim() || i.label.toLowerCase() === t);
  if (exact) return exact;
  const [best, next] = rank(items, text);
  return best && (next === undefined || best.score < next.score) ? best.item : undefined;
}
