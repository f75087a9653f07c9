import vehiclesJson from "@/data/catalog/vehicles.json";
import regionsJson from "@/data/catalog/regions.json";
import type { TRegion, TVehicleModel } from "@/lib/catalog/schema";
import { modelSearchItems, regionSearchItems } from "@/lib/catalog/search-items";
import type { UiLocale } from "@/lib/format/money";
import type { ModelOption, RegionOption } from "./types";

/**
 * The form's model and region choices with their search keys, built from the catalog's files.
 * The browser loads this module on its own (a separate, content-hashed chunk that it keeps in its
 * cache), so the keys are not part of every page's HTML; the server validates the same files
 * when it starts (lib/catalog), so no zod here.
 */
export interface CalculatorOptions {
  models: ModelOption[];
  regions: RegionOption[];
}

const models = (vehiclesJson.models as TVehicleModel[]);
const regions = (regionsJson.regions as TRegion[]);
const built: Partial<Record<UiLocale, CalculatorOptions>> = {};

/** The choices in the interface language, built once per language. */
export function searchOptions(locale: UiLocale): CalculatorOptions {
  return (built[locale] ??= {
    models: modelSearchItems(models).map((item, i) => ({ ...item, defaultPowerHp: models[i]!.defaultPowerHp })),
    regions: regionSearchItems(regions, locale).map((item) => ({ ...item, code: item.id })),
  });
}
