import vehiclesJson from "@/data/catalog/vehicles.json";
import regionsJson from "@/data/catalog/regions.json";
import makesJson from "@/data/catalog/makes.json";
import { ZMakeList, ZRegionList, ZVehicleCatalog, type TRegion, type TVehicleMake, type TVehicleModel } from "./schema";

export * from "./schema";

/**
 * The catalog as shipped in data/catalog/, validated once when first imported. The site and the
 * API price with the catalog in the database (seeded from this file, then edited in the tariff
 * editor; see lib/db/catalog.server.ts); this one serves the command-line quoter without a
 * database, the sample generators and the tests.
 */
export const vehicleCatalog = ZVehicleCatalog.parse(vehiclesJson);
export const regionList = ZRegionList.parse(regionsJson).regions;
/** The shipped makes (data/catalog/makes.json): names in both languages and spellings. */
export const makeList = ZMakeList.parse(makesJson).makes;

export interface Catalog {
  models: ReadonlyMap<string, TVehicleModel>;
  regions: ReadonlyMap<string, TRegion>;
  /** The makes by catalog name (a model's `make`); a model's make may lack an entry (then only its catalog name finds it). */
  makes: ReadonlyMap<string, TVehicleMake>;
}

const regionMap: ReadonlyMap<string, TRegion> = new Map(regionList.map((r) => [r.code, r]));
const shippedMakeMap: ReadonlyMap<string, TVehicleMake> = new Map(makeList.map((m) => [m.name, m]));

/** A catalog of these models (in this order: the type-ahead lists ties in catalog order), the regions and the makes (the shipped ones by default). */
export function buildCatalog(models: readonly TVehicleModel[], makes: ReadonlyMap<string, TVehicleMake> | readonly TVehicleMake[] = shippedMakeMap): Catalog {
  const makeMap = Array.isArray(makes) ? new Map((makes as readonly TVehicleMake[]).map((m) => [m.name, m])) : (makes as ReadonlyMap<string, TVehicleMake>);
  return { models: new Map(models.map((m) => [m.id, m])), regions: regionMap, makes: makeMap };
}

/** The shipped catalog in the lookup shape the rating library takes. */
export const catalog: Catalog = buildCatalog(vehicleCatalog.models);
