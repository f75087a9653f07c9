import makesJson from "@/data/catalog/makes.json";
import type { TVehicleMake } from "./schema";

/**
 * The makes of data/catalog/makes.json by catalog name, without validation (the browser's
 * type-ahead chunk uses it; the server validates the same file in lib/catalog). The site's makes
 * live in the database, seeded from this file and edited in the tariff editor.
 */
export const shippedMakes: ReadonlyMap<string, TVehicleMake> = new Map((makesJson.makes as TVehicleMake[]).map((m) => [m.name, m]));
