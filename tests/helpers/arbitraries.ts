/**
 * fast-check generators of quote requests as a client would send them (plain JSON): valid ones
 * over the whole catalog and every option, and invalid ones made by breaking one thing in a valid one.
 */
import fc from "fast-check";
import { catalog } from "@/lib/catalog";
import { ANTI_THEFT, BONUS_MALUS_CLASSES, COVERAGES, PARKING, REPAIR_OPTIONS, SUM_INSURED_TYPES } from "@/lib/rating";

export type RawRequest = Record<string, unknown>;

/** The value at a dotted path ("drivers.0.age") of a plain JSON object. */
export function getAt(req: RawRequest, path: string): unknown {
  if (path === "") return req;
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], req);
}

const MODEL_IDS = [...catalog.models.keys()];
const REGION_CODES = [...catalog.regions.keys()];

/** A date in 2019–2030, so that both Renaissance editions (2019-01-01, 2027-01-01) are exercised. */
const policyStart = fc
  .record({ year: fc.integer({ min: 2019, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

/** A driver of 18–90 with 0..age−18 years' experience; the optional answers may be left out. */
export const driverArb = fc.integer({ min: 18, max: 90 }).chain((age) =>
  fc.record(
    {
      age: fc.constant(age),
      experienceYears: fc.integer({ min: 0, max: age - 18 }),
      sex: fc.constantFrom("male", "female"),
      married: fc.boolean(),
      hasChildren: fc.boolean(),
    },
    { requiredKeys: ["age", "experienceYears"] },
  ),
);

/** Fixed amounts stay below the lowest generated price (150 000), so they are always valid. */
const franchiseArb = fc.oneof(
  fc.constant({ type: "none" }),
  fc.integer({ min: 1, max: 149999 }).map((amount) => ({ type: "fixed", amount })),
  fc.integer({ min: 1, max: 5000 }).map((hundredths) => ({ type: "percent", percent: hundredths / 100 })),
  fc.integer({ min: 1, max: 149999 }).map((amount) => ({ type: "fromSecondClaim", amount })),
);

const vehicleArb = (policyYear: number) =>
  fc.record(
    {
      modelId: fc.constantFrom(...MODEL_IDS),
      // Mostly cars young enough for every insurer, sometimes past some insurers' age limits.
      year: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: policyYear - 5, max: policyYear + 1 }) },
        { weight: 1, arbitrary: fc.integer({ min: policyYear - 12, max: policyYear - 6 }) },
      ),
      // A price is sent as a number or as a string; both mean the same.
      price: fc.integer({ min: 150000, max: 20000000 }).chain((p) => fc.constantFrom<number | string>(p, String(p))),
      powerHp: fc.integer({ min: 20, max: 1500 }),
      antiTheft: fc.constantFrom(...ANTI_THEFT),
      parking: fc.constantFrom(...PARKING),
      credit: fc.boolean(),
    },
    { requiredKeys: ["modelId", "year", "price"] },
  );

const optionsArb = fc.record(
  {
    bonusMalusClass: fc.constantFrom(...BONUS_MALUS_CLASSES),
    coverage: fc.constantFrom(...COVERAGES),
    franchise: franchiseArb,
    repair: fc.constantFrom(...REPAIR_OPTIONS),
    wearDeduction: fc.boolean(),
    sumInsuredType: fc.constantFrom(...SUM_INSURED_TYPES),
    installments: fc.constantFrom(1, 2, 4),
    switchingFromInsurer: fc.boolean(),
    telematics: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** 1–5 named drivers, or unlimited drivers (an empty list, or the list left out). */
const driversArb = fc.oneof(
  { weight: 4, arbitrary: fc.array(driverArb, { minLength: 1, maxLength: 5 }).map((drivers) => ({ drivers })) },
  { weight: 1, arbitrary: fc.constantFrom({ unlimitedDrivers: true, drivers: [] }, { unlimitedDrivers: true }) },
);

function requestArb(drivers: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<RawRequest> {
  return policyStart.chain((start) =>
    fc
      .record({
        region: fc.constantFrom(...REGION_CODES),
        vehicle: vehicleArb(Number(start.slice(0, 4))),
        drivers,
        options: optionsArb,
      })
      .map(({ region, vehicle, drivers: d, options }) => ({ policyStart: start, region, vehicle, ...d, ...options })),
  );
}

export const validRequestArb = requestArb(driversArb);

/** Valid requests that always name at least one driver (so driver fields can be broken). */
export const validNamedDriversRequestArb = requestArb(fc.array(driverArb, { minLength: 1, maxLength: 5 }).map((drivers) => ({ drivers })));

// ---------------------------------------------------------------------------------------------
// Breaking a valid request. Each mutation returns the path at which an issue must be reported.

export type Mutation = { name: string; apply: (req: RawRequest) => string };

/** Values of the wrong type for every field below (booleans left out: they are valid for some fields). */
const WRONG_VALUES = [null, "not-a-valid-value", "", {}, [], 3.5, -1] as const;

const TYPED_FIELDS = [
  "policyStart", "region", "vehicle", "vehicle.modelId", "vehicle.year", "vehicle.price", "vehicle.powerHp", "vehicle.antiTheft",
  "vehicle.parking", "vehicle.credit", "drivers", "drivers.0.age", "drivers.0.experienceYears", "drivers.0.sex", "drivers.0.married",
  "drivers.0.hasChildren", "unlimitedDrivers", "bonusMalusClass", "coverage", "franchise", "repair", "wearDeduction", "sumInsuredType",
  "installments", "switchingFromInsurer", "telematics",
] as const;

function parentOf(req: RawRequest, path: string): [Record<string, unknown>, string] {
  const keys = path.split(".");
  return [getAt(req, keys.slice(0, -1).join(".")) as Record<string, unknown>, keys[keys.length - 1]!];
}

function setAt(req: RawRequest, path: string, value: unknown): void {
  const [parent, key] = parentOf(req, path);
  parent[key] = value;
}

function deleteAt(req: RawRequest, path: string): void {
  const [parent, key] = parentOf(req, path);
  delete parent[key];
}

const wrongType: fc.Arbitrary<Mutation> = fc
  .record({ path: fc.constantFrom(...TYPED_FIELDS), value: fc.constantFrom(...WRONG_VALUES) })
  .map(({ path, value }) => ({
    name: `${path} = ${JSON.stringify(value)}`,
    apply: (req) => {
      setAt(req, path, structuredClone(value));
      return path;
    },
  }));

const outside = (low: [number, number], high: [number, number]) =>
  fc.oneof(fc.integer({ min: low[0], max: low[1] }), fc.integer({ min: high[0], max: high[1] }));

const outOfRange: fc.Arbitrary<Mutation> = fc.oneof(
  outside([-50, 17], [100, 300]).map((age) => ({ name: `age ${age}`, apply: (req: RawRequest) => (setAt(req, "drivers.0.age", age), "drivers.0.age") })),
  fc.integer({ min: -50, max: -1 }).map((n) => ({ name: `experience ${n}`, apply: (req: RawRequest) => (setAt(req, "drivers.0.experienceYears", n), "drivers.0.experienceYears") })),
  fc.integer({ min: 1, max: 40 }).map((k) => ({
    name: `experience age − 16 + ${k}`,
    apply: (req: RawRequest) => (setAt(req, "drivers.0.experienceYears", Number(getAt(req, "drivers.0.age")) - 16 + k), "drivers.0.experienceYears"),
  })),
  fc.integer({ min: 1900, max: 1979 }).map((year) => ({ name: `year ${year}`, apply: (req: RawRequest) => (setAt(req, "vehicle.year", year), "vehicle.year") })),
  fc.integer({ min: 2, max: 100 }).map((k) => ({
    name: `year policy year + ${k}`,
    apply: (req: RawRequest) => (setAt(req, "vehicle.year", Number(String(req.policyStart).slice(0, 4)) + k), "vehicle.year"),
  })),
  outside([-1e9, 9999], [200000001, 999999999999]).map((p) => ({ name: `price ${p}`, apply: (req: RawRequest) => (setAt(req, "vehicle.price", p), "vehicle.price") })),
  fc.integer({ min: 1, max: 9 }).map((d) => ({ name: `price with 3 decimals`, apply: (req: RawRequest) => (setAt(req, "vehicle.price", `${String(getAt(req, "vehicle.price"))}.12${d}`), "vehicle.price") })),
  outside([-10, 19], [1501, 100000]).map((hp) => ({ name: `power ${hp}`, apply: (req: RawRequest) => (setAt(req, "vehicle.powerHp", hp), "vehicle.powerHp") })),
  outside([-100, 0], [51, 1000]).map((percent) => ({ name: `franchise ${percent} %`, apply: (req: RawRequest) => ((req.franchise = { type: "percent", percent }), "franchise.percent") })),
  fc.integer({ min: 0, max: 1000000 }).map((k) => ({
    name: `fixed franchise price + ${k}`,
    apply: (req: RawRequest) => ((req.franchise = { type: "fixed", amount: Number(getAt(req, "vehicle.price")) + k }), "franchise.amount"),
  })),
  fc.integer({ min: -10, max: 100 }).filter((n) => n < 1 || n > 12).map((n) => ({ name: `installments ${n}`, apply: (req: RawRequest) => (setAt(req, "installments", n), "installments") })),
  fc.integer({ min: 6, max: 12 }).map((n) => ({ name: `${n} drivers`, apply: (req: RawRequest) => (setAt(req, "drivers", Array.from({ length: n }, () => ({ ...(getAt(req, "drivers.0") as object) }))), "drivers") })),
);

const KNOWN_KEYS = new Set([
  "policyStart", "region", "vehicle", "drivers", "unlimitedDrivers", "bonusMalusClass", "coverage", "franchise", "repair", "wearDeduction",
  "sumInsuredType", "installments", "switchingFromInsurer", "telematics", "modelId", "year", "price", "powerHp", "antiTheft", "parking",
  "credit", "age", "experienceYears", "sex", "married", "hasChildren", "type", "amount", "percent",
]);

const unknownKey: fc.Arbitrary<Mutation> = fc
  .record({
    where: fc.constantFrom("", "vehicle", "drivers.0", "franchise"),
    key: fc.stringMatching(/^[a-z][A-Za-z0-9]{1,14}$/).filter((k) => !KNOWN_KEYS.has(k)),
    value: fc.oneof(fc.boolean(), fc.integer(), fc.string()),
  })
  .map(({ where, key, value }) => ({
    name: `unknown ${where ? `${where}.` : ""}${key}`,
    apply: (req) => {
      if (where === "franchise") req.franchise ??= { type: "none" };
      const target = (where === "" ? req : getAt(req, where)) as Record<string, unknown>;
      target[key] = value;
      return where ? `${where}.${key}` : key;
    },
  }));

const missingField: fc.Arbitrary<Mutation> = fc
  .constantFrom("region", "vehicle", "vehicle.modelId", "vehicle.year", "vehicle.price", "drivers.0.age", "drivers.0.experienceYears")
  .map((path) => ({ name: `missing ${path}`, apply: (req) => (deleteAt(req, path), path) }));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(wrongType, outOfRange, unknownKey, missingField);
