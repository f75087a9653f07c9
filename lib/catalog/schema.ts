import * as z from "zod";

export const ZLocalized = z.strictObject({ ru: z.string().min(1), en: z.string().min(1) });
export type TLocalized = z.infer<typeof ZLocalized>;

export const VEHICLE_CLASSES = ["small", "compact", "midsize", "executive", "crossover", "suv", "van"] as const;
export const ZVehicleClass = z.enum(VEHICLE_CLASSES);
export type TVehicleClass = z.infer<typeof ZVehicleClass>;

export const VEHICLE_BODIES = ["sedan", "hatchback", "wagon", "liftback", "crossover", "suv", "minivan", "pickup"] as const;
export const TRANSMISSIONS = ["manual", "automatic"] as const;

/** Limits of a model's fields (the editor's form and the data files share them). */
export const MODEL_LIMITS = { idLength: 80, nameLength: 60, spellings: 20, spellingLength: 60, minYear: 1945, maxYear: 2100, maxListPrice: 1_000_000_000 } as const;

const ZName = z.string().trim().min(1).max(MODEL_LIMITS.nameLength);

export const ZVehicleModel = z
  .strictObject({
    id: z.string().max(MODEL_LIMITS.idLength).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    make: ZName,
    model: ZName,
    class: ZVehicleClass,
    body: z.enum(VEHICLE_BODIES),
    defaultPowerHp: z.int().min(20).max(1500),
    transmission: z.enum(TRANSMISSIONS),
    theftRiskGroup: z.int().min(1).max(4),
    /** An approximate new-car list price in rubles, where known (the sample requests use it). */
    listPrice: z
      .string()
      .regex(/^[1-9]\d*$/)
      .refine((p) => Number(p) <= MODEL_LIMITS.maxListPrice)
      .optional(),
    /** The full name in each language; the Russian one is also a type-ahead spelling («Хендай Солярис»). */
    names: z.strictObject({ ru: ZName, en: ZName }),
    /** Other ways people write the model without its make: Russian spellings, short names, common typos. */
    spellings: z.array(z.string().trim().min(1).max(MODEL_LIMITS.spellingLength)).max(MODEL_LIMITS.spellings).default([]),
    /** Model years made: from, and to (absent while still made). */
    yearFrom: z.int().min(MODEL_LIMITS.minYear).max(MODEL_LIMITS.maxYear),
    yearTo: z.int().min(MODEL_LIMITS.minYear).max(MODEL_LIMITS.maxYear).optional(),
  })
  .refine((m) => m.yearTo === undefined || m.yearTo >= m.yearFrom, { path: ["yearTo"], message: "must not be before yearFrom" });
export type TVehicleModel = z.infer<typeof ZVehicleModel>;

/**
 * A make: its catalog name (what each model's `make` says; never changes, models name the make by
 * it), its name in each language, and other ways people write it (Russian spellings, short names,
 * typos) — the type-ahead lists the make's models for any of them. See decision "editable makes".
 */
export const ZVehicleMake = z.strictObject({
  name: ZName,
  names: z.strictObject({ ru: ZName, en: ZName }),
  spellings: z.array(z.string().trim().min(1).max(MODEL_LIMITS.spellingLength)).max(MODEL_LIMITS.spellings).default([]),
});
export type TVehicleMake = z.infer<typeof ZVehicleMake>;

export const ZMakeList = z
  .strictObject({ source: z.string(), makes: z.array(ZVehicleMake).min(1) })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.makes.forEach((m, i) => {
      if (seen.has(m.name)) ctx.addIssue({ code: "custom", path: ["makes", i, "name"], message: `duplicate make ${m.name}` });
      seen.add(m.name);
    });
  });

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
