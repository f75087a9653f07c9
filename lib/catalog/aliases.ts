/**
 * How people write the catalog's regions: short names, big cities. Search data only (see
 * search.ts); the catalog's own names stay as they are. Makes' and models' spellings are catalog
 * data (data/catalog/makes.json and vehicles.json, then the catalog in the database), so editors
 * add them with the make or the model.
 */

/** Common and short names of regions, and big cities that are not a region's capital, by code. */
export const REGION_ALIASES: Record<string, string[]> = {
  "02": ["Башкирия"],
  "16": ["Татария"],
  "23": ["Кубань", "Сочи"],
  "47": ["Ленобласть", "ЛО", "Питер и область", "СПб и область", "Leningrad region"],
  "50": ["Подмосковье", "МО", "Москва и область", "Moscow region"],
  "52": ["Нижний", "НН"],
  "54": ["Новосиб", "НСК"],
  "61": ["Ростов"],
  "63": ["Тольятти"],
  "66": ["Екб", "Ебург", "Екат"],
  "72": ["Тюмень"],
  "74": ["Магнитогорск"],
  "77": ["Мск", "Москва и область"],
  "78": ["Питер", "СПб", "Петербург", "Ленинград", "Питер и область", "СПб и область", "St Petersburg"],
  "86": ["ХМАО", "Сургут"],
  "89": ["ЯНАО"],
  "91": ["Крым", "Симферополь"],
};
