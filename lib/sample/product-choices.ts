import type { TQuoteRequestInput } from "@/lib/rating/request-schema";
import type { TAddOnId } from "@/lib/rating/options";
import { seededRandom } from "./generate-requests";

/** The share of requests that choose something of a format-2 rate book (programme, add-ons, term, …). */
export const PRODUCT_CHOICE_SHARE = 0.35;

/** The add-ons a flat «mini» programme sells beside it (the demonstration books' list). */
const MINI_ADD_ONS: readonly TAddOnId[] = ["evacuation", "accident", "dsago"];
const DSAGO_SUMS = [500000, 1000000, 1500000, 3000000] as const;
const BANKS = ["sberbank", "vtb", "alfa-bank", "gazprombank"] as const;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Adds to about PRODUCT_CHOICE_SHARE of the requests what people choose of a format-2 rate book:
 * a budget or «mini» programme, add-ons (GAP on cars up to 3 years old, ДСАГО with its limit and
 * sometimes a trailer, accident cover, evacuation, an emergency commissioner, glass), a short
 * policy, 3–12 instalments, a new car from a dealer with its registration date, a registration
 * date for a used one, the lending bank, a number of allowed drivers. Its own seeded draw: the
 * requests it leaves alone stay exactly as they were, and the same seed gives the same result.
 */
export function addProductChoices(requests: readonly TQuoteRequestInput[], seed: number): TQuoteRequestInput[] {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const chance = (p: number) => rnd() < p;
  return requests.map((request) => {
    if (!chance(PRODUCT_CHOICE_SHARE)) return request;
    const out: TQuoteRequestInput = { ...request, vehicle: { ...request.vehicle } };
    const policyStart = request.policyStart!;
    const policyYear = Number(policyStart.slice(0, 4));
    const year = Number(request.vehicle.year);
    const age = policyYear - year;
    const level = rnd();
    // A flat programme prices the whole cover only.
    const mini = request.coverage === "full" && level < 0.1;
    if (mini) out.program = { level: "mini" };
    else if (level < 0.35) out.program = { level: "budget" };
    const addOns: TQuoteRequestInput["addOns"] = [];
    const offered = (id: TAddOnId) => !mini || MINI_ADD_ONS.includes(id);
    if (offered("gap") && age <= 3 && chance(0.35)) addOns.push("gap");
    if (offered("dsago") && chance(0.3)) addOns.push({ id: "dsago", sumInsured: pick(DSAGO_SUMS), trailer: chance(0.2) });
    if (offered("accident") && chance(0.2)) addOns.push("accident");
    if (offered("evacuation") && chance(0.25)) addOns.push("evacuation");
    if (offered("commissioner") && chance(0.12)) addOns.push("commissioner");
    if (offered("glass") && chance(0.12)) addOns.push("glass");
    if (addOns.length > 0) out.addOns = addOns;
    if (chance(0.15)) out.policyTermMonths = pick([1, 3, 6, 9] as const);
    if (chance(0.2)) out.installments = pick([3, 6, 12] as const);
    const policyMonth = Number(policyStart.slice(5, 7));
    if (age === 0 && policyMonth > 1 && chance(0.6)) {
      // Bought new this year: registered in one of the months before the policy starts.
      out.vehicle.isNew = true;
      out.vehicle.registeredOn = `${year}-${pad(1 + Math.floor(rnd() * (policyMonth - 1)))}-${pad(1 + Math.floor(rnd() * 28))}`;
    } else if (age > 0 && chance(0.25)) {
      out.vehicle.registeredOn = `${year}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
    }
    if (request.vehicle.credit && chance(0.4)) out.vehicle.creditor = pick(BANKS);
    const named = request.drivers?.length ?? 0;
    if (!request.unlimitedDrivers && chance(0.1)) out.allowedDrivers = Math.max(1, named) + Math.floor(rnd() * 3);
    return out;
  });
}
