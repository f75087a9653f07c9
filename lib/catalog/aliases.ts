/**
 * How people write the catalog's makes and regions: Russian spellings, short names, big cities.
 * Search data only (see search.ts); the catalog's own names stay as they are. A model's own
 * spellings are catalog data (`names.ru` and `spellings` in data/catalog/vehicles.json and the
 * catalog in the database), so editors add them with the model.
 */

/** Other names of a make, by the catalog's make. */
export const MAKE_ALIASES: Record<string, string[]> = {
  Audi: ["ауди"],
  Belgee: ["белджи"],
  BMW: ["бмв", "бэха"],
  Changan: ["чанган", "чанъань", "changan"],
  Chery: ["чери"],
  Chevrolet: ["шевроле", "шеви"],
  Daewoo: ["дэу", "деу"],
  Datsun: ["датсун"],
  Exeed: ["эксид", "эксиид"],
  Ford: ["форд"],
  GAZ: ["газ"],
  Geely: ["джили"],
  Haval: ["хавал", "хавейл"],
  Honda: ["хонда"],
  Hyundai: ["хендай", "хёндай", "хундай", "хендэ", "хёндэ", "хюндай", "hundai", "hyndai"],
  Jetour: ["джетур", "жетур"],
  KIA: ["киа", "кия"],
  LADA: ["лада", "ваз"],
  Lexus: ["лексус"],
  Mazda: ["мазда"],
  "Mercedes-Benz": ["мерседес", "мерс", "mercedes"],
  Mitsubishi: ["мицубиси", "митсубиси", "митсубиши", "мицубиши"],
  Moskvich: ["москвич", "moskvich"],
  Nissan: ["ниссан", "нисан"],
  Omoda: ["омода"],
  Opel: ["опель"],
  Porsche: ["порше", "порш"],
  Renault: ["рено"],
  Skoda: ["шкода"],
  Subaru: ["субару"],
  Tank: ["танк"],
  Tenet: ["тенет"],
  Toyota: ["тойота"],
  UAZ: ["уаз"],
  Volkswagen: ["фольксваген", "фольцваген", "vw", "фв"],
  Volvo: ["вольво", "волво"],
};

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
