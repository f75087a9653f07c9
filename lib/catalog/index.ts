import vehiclesJson from "@/data/catalog/vehicles.json";
import regionsJson from "@/data/catalog/regions.json";
import { ZRegionList, ZVehicleCatalog, type TRegion, type TVehicleModel } from "./schema";

export * from "./schema";

/** The vehicle catalog and the region list, validated once when first imported. */
export const vehicleCatalog = ZVehicleCatalog.parse(vehiclesJson);
export const regionList = ZRegionList.parse(regionsJson).regions;

export interface Catalog {
  models: ReadonlyMap<string, TVehicleModel>;
  regions: ReadonlyMap<string, TRegion>;
}

/** The catalog in the lookup shape the rating library takes. */
export const catalog: Catalog = {
  models: new Map(vehicleCatalog.models.map((m) => [m.id, m])),
  regions: new Map(regionList.map((r) => [r.code, r])),
};
