import * as z from "zod";

export const ZLocalized = z.strictObject({ ru: z.string().min(1), en: z.string().min(1) });
export type TLocalized = z.infer<typeof ZLocalized>;

export const VEHICLE_CLASSES = ["small", "compact", "midsize", "executive", "crossover", "suv", "van"] as const;
export const ZVehicleClass = z.enum(VEHICLE_CLASSES);
export type TVehicleClass = z.infer<typeof ZVehicleClass>;

export const ZVehicleModel = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  make: z.string().min(1),
  model: z.string().min(1),
  class: ZVehicleClass,
  body: z.enum(["sedan", "hatchback", "wagon", "liftback", "crossover", "suv", "minivan", "pickup"]),
  defaultPowerHp: z.int().min(20).max(1500),
  transmission: z.enum(["manual", "automatic"]),
  theftRiskGroup: z.int().min(1).max(4),
  listPrice: z.string().regex(/^\d+$/),
});
export type TVehicleModel = z.infer<typeof ZVehicleModel>;

export const ZVehicleCatalog = z
  .strictObject({
    source: z.string(),
    classes: z.array(z.strictObject({ id: ZVehicleClass, label: ZLocalized })),
    models: z.array(ZVehicleModel).min(1),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.models.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: "custom", path: ["models", i, "id"], message: `duplicate model id ${m.id}` });
      seen.add(m.id);
    });
  });
export type TVehicleCatalog = z.infer<typeof ZVehicleCatalog>;

export const ZRegion = z.strictObject({
  code: z.string().regex(/^\d{2}$/),
  name: ZLocalized,
  capital: ZLocalized,
  federalDistrict: z.enum(["central", "northwest", "south", "north-caucasus", "volga", "ural", "siberia", "far-east"]),
});
export type TRegion = z.infer<typeof ZRegion>;

export const ZRegionList = z.strictObject({ source: z.string(), regions: z.array(ZRegion).length(85) });
