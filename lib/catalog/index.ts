import vehiclesJson from "@/data/catalog/vehicles.json";
import regionsJson from "@/data/catalog/regions.json";
import { ZRegionList, ZVehicleCatalog, type TRegion, type TVehicleModel } from "./schema";

export * from "./schema";

/**
 * The catalog as shipped in data/catalog/, validated once when first imported. The site and the
 * API price with the catalog in the database (seeded from this file, then edited in the tariff
 * editor; see lib/db/catalog.server.ts); this one serves the command-line quoter without a
 * database, the sample generators and the tests.
 */
export const vehicleCatalog = ZVehicleCatalog.parse(vehiclesJson);
export const regionList = ZRegionList.parse(regionsJson).regions;

export interface Catalog {
  models: ReadonlyMap<string, TVehicleModel>;
  regions: ReadonlyMap<string, TRegion>;
}

const regionMap: ReadonlyMap<string, TRegion> = new Map(regionList.map((r) => [r.code, r]));

/** A catalog of these models (in this order: the type-ahead lists ties in catalog order) and the regions. */
export function buildCatalog(models: readonly TVehicleModel[]): Catalog {
  return { models: new Map(models.map((m) => [m.id, m])), regions: regionMap };
}

/** The shipped catalog in the lookup shape the rating library takes. */
export const catalog: Catalog = buildCatalog(vehicleCatalog.models);
