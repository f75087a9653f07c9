import { Decimal, type CompiledRateBook, type TCondition, type TFranchise, type TQuoteRequest } from "@/lib/rating";
import { ANTI_THEFT, INSTALLMENTS, PARKING, REPAIR_OPTIONS, REQUEST_LIMITS, type TAntiTheft, type TParking, type TRepair } from "@/lib/rating/options";

/**
 * One change of a policy's conditions that a client could have chosen: a value of one of the
 * request's options. Facts about the car and the drivers (model, price, age, bonus-malus) are
 * not options and are never proposed.
 */
export type CheckOption =
  | { kind: "franchise"; franchise: TFranchise }
  | { kind: "repair"; repair: TRepair }
  | { kind: "antiTheft"; antiTheft: TAntiTheft }
  | { kind: "parking"; parking: TParking }
  | { kind: "installments"; installments: 1 | 2 | 4 }
  | { kind: "wearDeduction" }
  | { kind: "aggregate" }
  | { kind: "switching" }
  | { kind: "telematics" };

/** The request with one option changed; everything else stays as it was. */
export function applyOption(request: TQuoteRequest, option: CheckOption): TQuoteRequest {
  switch (option.kind) {
    case "franchise":
      return { ...request, franchise: option.franchise };
    case "repair":
      return { ...request, repair: option.repair };
    case "antiTheft":
      return { ...request, vehicle: { ...request.vehicle, antiTheft: option.antiTheft } };
    case "parking":
      return { ...request, vehicle: { ...request.vehicle, parking: option.parking } };
    case "installments":
      return { ...request, installments: option.installments };
    case "wearDeduction":
      return { ...request, wearDeduction: true };
    case "aggregate":
      return { ...request, sumInsuredType: "aggregate" };
    case "switching":
      return { ...request, switchingFromInsurer: true };
    case "telematics":
      return { ...request, telematics: true };
  }
}

/** The smallest value of a numeric condition: the lower edge of a band, or the value itself. */
function lowerEdges(cond: TCondition | undefined): number[] {
  if (cond === undefined) return [];
  if (typeof cond === "number") return [cond];
  if (Array.isArray(cond)) return cond.filter((v): v is number => typeof v === "number");
  if (typeof cond === "object" && cond.gte !== undefined) return [Number(cond.gte)];
  return [];
}

/** Whether a row's franchise-type condition admits `type` (no condition admits every type). */
function admitsType(cond: TCondition | undefined, type: string): boolean {
  if (cond === undefined) return true;
  if (Array.isArray(cond)) return cond.includes(type);
  return cond === type;
}

const sameFranchise = (a: TFranchise, b: TFranchise) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The franchises the edition prices: for each franchise type it offers, the lower edge of every
 * band of its franchise tables — the smallest franchise that earns that band's coefficient.
 * Amounts must stay below the car's price and percents within the product's limit, as the
 * request schema demands.
 */
function franchiseChoices(request: TQuoteRequest, book: CompiledRateBook): TFranchise[] {
  const types = book.source.eligibility.franchiseTypes;
  const price = new Decimal(request.vehicle.price);
  const amounts = new Map<"fixed" | "fromSecondClaim", Set<number>>([
    ["fixed", new Set()],
    ["fromSecondClaim", new Set()],
  ]);
  const percents = new Set<number>();
  for (const table of book.source.factors) {
    for (const row of table.rows) {
      const type = row.when["franchise.type"];
      for (const amount of lowerEdges(row.when["franchise.amount"])) {
        for (const [kind, set] of amounts) if (admitsType(type, kind)) set.add(amount);
      }
      if (admitsType(type, "percent")) for (const percent of lowerEdges(row.when["franchise.percent"])) percents.add(percent);
    }
  }
  const out: TFranchise[] = [];
  for (const [kind, set] of amounts) {
    if (!types.includes(kind)) continue;
    for (const amount of [...set].sort((a, b) => a - b)) {
      if (Number.isInteger(amount) && amount >= 1 && amount <= 10_000_000 && new Decimal(amount).lt(price)) out.push({ type: kind, amount: String(amount) });
    }
  }
  if (types.includes("percent")) {
    for (const percent of [...percents].sort((a, b) => a - b)) {
      if (percent > 0 && percent <= REQUEST_LIMITS.maxFranchisePercent && Number.isInteger(percent * 100)) out.push({ type: "percent", percent });
    }
  }
  return out.filter((f) => !sameFranchise(f, request.franchise));
}

/**
 * Every option the client could have chosen differently at this edition: the values of the
 * request schema's enumerations (anti-theft, parking, repair, instalments) the edition offers,
 * the discounts and cover limits not yet taken (wear deduction, aggregate sum, switching,
 * telematics), and the edition's franchise bands. Prices are found by pricing each one.
 */
export function alternativeOptions(request: TQuoteRequest, book: CompiledRateBook): CheckOption[] {
  const { eligibility } = book.source;
  const out: CheckOption[] = franchiseChoices(request, book).map((franchise) => ({ kind: "franchise", franchise }));
  for (const repair of REPAIR_OPTIONS) if (repair !== request.repair && eligibility.repairOptions.includes(repair)) out.push({ kind: "repair", repair });
  for (const antiTheft of ANTI_THEFT) if (antiTheft !== request.vehicle.antiTheft) out.push({ kind: "antiTheft", antiTheft });
  for (const parking of PARKING) if (parking !== request.vehicle.parking) out.push({ kind: "parking", parking });
  for (const installments of INSTALLMENTS) if (installments !== request.installments && eligibility.installments.includes(installments)) out.push({ kind: "installments", installments });
  if (!request.wearDeduction) out.push({ kind: "wearDeduction" });
  if (request.sumInsuredType !== "aggregate") out.push({ kind: "aggregate" });
  if (!request.switchingFromInsurer) out.push({ kind: "switching" });
  if (!request.telematics) out.push({ kind: "telematics" });
  return out;
}
