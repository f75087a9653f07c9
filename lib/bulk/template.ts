/**
 * The template client list an agent downloads: the expected columns under headers the mapping
 * recognises (Russian or English), two example rows; semicolon-separated with a byte-order mark
 * for Russian Excel, comma-separated in English. Pure; no I/O.
 */
import Papa from "papaparse";
import { escapeCsvCell } from "@/lib/csv/formula-escape";
import { BOM } from "./results-csv";

const HEADERS = {
  ru: ["Клиент", "Телефон", "Модель", "Год выпуска", "Стоимость", "Регион", "Возраст водителя 1", "Стаж водителя 1", "Возраст водителя 2", "Стаж водителя 2", "Франшиза", "КБМ", "Начало полиса"],
  en: ["Client", "Phone", "Model", "Year", "Value", "Region", "Driver 1 age", "Driver 1 experience", "Driver 2 age", "Driver 2 experience", "Franchise", "Bonus-malus class", "Policy start"],
} as const;

const EXAMPLES = {
  ru: [
    ["Иванов Иван", "8 900 111-22-33", "Hyundai Solaris", "2024", "1 250 000", "Иркутская область", "35", "10", "", "", "30 000", "3", ""],
    ["Петрова Анна", "8 912 345-67-89", "Kia Rio", "2022", "900 000", "77", "28", "5", "52", "30", "", "5", "01.12.2026"],
  ],
  en: [
    ["Ivan Ivanov", "8 900 111-22-33", "Hyundai Solaris", "2024", "1250000", "Irkutsk Oblast", "35", "10", "", "", "30000", "3", ""],
    ["Anna Petrova", "8 912 345-67-89", "Kia Rio", "2022", "900000", "77", "28", "5", "52", "30", "", "5", "2026-12-01"],
  ],
} as const;

export function templateHeaders(locale: "ru" | "en"): readonly string[] {
  return HEADERS[locale];
}

/** The template file's text. */
export function templateCsv(locale: "ru" | "en"): string {
  const rows = [HEADERS[locale], ...EXAMPLES[locale]].map((r) => r.map(escapeCsvCell));
  return BOM + Papa.unparse(rows, { delimiter: locale === "ru" ? ";" : ",", newline: "\r\n" }) + "\r\n";
}
