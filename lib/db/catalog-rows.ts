// The catalog from stored model and make rows: each checked with the catalog's schema. Kept apart from
// catalog.server.ts (which needs the database) for the early pricing of the server's start.
import { buildCatalog, type Catalog } from "@/lib/catalog";
import { ZVehicleMake, ZVehicleModel, type TVehicleMake, type TVehicleModel } from "@/lib/catalog/schema";

export interface StoredModelRow {
  id: string;
  body: unknown;
}

export function parseModelRow(row: StoredModelRow): TVehicleModel {
  const parsed = ZVehicleModel.safeParse(row.body);
  if (!parsed.success) throw new Error(`catalog model "${row.id}" in the database is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

export interface StoredMakeRow {
  name: string;
  body: unknown;
}

export function parseMakeRow(row: StoredMakeRow): TVehicleMake {
  const parsed = ZVehicleMake.safeParse(row.body);
  if (!parsed.success) throw new Error(`catalog make "${row.name}" in the database is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** The catalog of these stored models and makes (each checked), the models in the order given. */
export function catalogOfRows(rows: readonly StoredModelRow[], makes: readonly StoredMakeRow[]): Catalog {
  return buildCatalog(rows.map(parseModelRow), makes.map(parseMakeRow));
}
