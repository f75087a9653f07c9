// Server-only: the rate-book editor's programme- and price-table texts in the page's language.
import "server-only";
import { getTranslations } from "next-intl/server";
import { GRID_TEXT_KEYS, type GridTexts } from "../_components/rate-book-editor/grid-texts";

export async function rateBookGridTexts(): Promise<GridTexts> {
  const t = await getTranslations("RateBookGrids");
  // Raw templates ("{id}" kept): the browser fills them in (grid-texts.ts, fill).
  return Object.fromEntries(GRID_TEXT_KEYS.map((k) => [k, String(t.raw(k))])) as GridTexts;
}
