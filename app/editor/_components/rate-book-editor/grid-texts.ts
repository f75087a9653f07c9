// The texts of the programme-table and price-table grids, in the site's language: the page
// formats them on the server (messages, namespace RateBookGrids) and hands them down, so the
// browser loads no message runtime. Without them (tests, a read-only view) they are Russian.

export const GRID_TEXTS_RU = {
  programmeTables: "Свои таблицы программы {id}",
  programmeTablesHint: "Применяются после общих таблиц тарифа и только к этой программе; ряды, значения и значение по умолчанию правятся так же, как в общих таблицах.",
  noProgrammeTables: "Своих таблиц нет: программа считается по общим таблицам тарифа.",
  programmeTablePrefix: "Программа {id}: ",
  addProgrammeTable: "Добавить таблицу программы {id}",
  newProgrammeTable: "Новая таблица программы {id}",
  priceTable: "Цены опции {id}",
  priceTableHint: "Ряды проверяются сверху вниз, срабатывает первый подходящий; если ни один не подошёл, действует цена по умолчанию, а без неё опция не продаётся.",
  priceAmount: "Цена",
  priceRate: "Ставка",
} as const;

export type GridTextKey = keyof typeof GRID_TEXTS_RU;
export type GridTexts = Record<GridTextKey, string>;
export const GRID_TEXT_KEYS = Object.keys(GRID_TEXTS_RU) as GridTextKey[];

/** "Цены опции {id}" with { id: "dsago" } → "Цены опции dsago". */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}
