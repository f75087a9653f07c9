import type { CompiledAddOn, CompiledProgramme, CompiledRateBook, CompiledRule } from "./compile-rate-book";
import { Decimal } from "./decimal";
import { testsHold, type TScope } from "./lookup-table";
import { DECLINE_MESSAGES as M, LIMIT_MESSAGES as L } from "./messages";
import type { PricingInput } from "./pricing-input";
import type { TAddOnChoice, TQuoteRequest } from "./request-schema";
import { DeclineCode, type DeclineReason } from "./result-types";
import { VARIABLE_SLOT } from "./variables";

const PROGRAM_SLOT = VARIABLE_SLOT.program;
const ADD_ON_SUM_SLOT = VARIABLE_SLOT["addOn.sumInsured"];
const ADD_ON_TRAILER_SLOT = VARIABLE_SLOT["addOn.trailer"];

/** The book's programme the request asks for: named for this insurer, else the fullest of the asked level, else the fullest. */
export function chooseProgramme(book: CompiledRateBook, request: TQuoteRequest): CompiledProgramme | DeclineReason {
  const named = request.program.byInsurer?.[book.insurerId];
  if (named !== undefined) {
    return book.programmes.find((p) => p.id === named) ?? { code: DeclineCode.ProgrammeNotOffered, message: M.programmeNotOffered(named) };
  }
  const level = request.program.level;
  if (level === undefined) return book.fullest;
  return book.fullestByLevel.get(level) ?? { code: DeclineCode.ProgrammeNotOffered, message: M.programmeNotOffered(level) };
}

/** Sets the book's programme in the request's scopes (policy and drivers) before pricing with it. */
export function enterProgramme(input: PricingInput, programme: CompiledProgramme | undefined): void {
  const id = programme?.id;
  (input.scope as unknown[])[PROGRAM_SLOT] = id;
  for (const scope of input.driverScopes) (scope as unknown[])[PROGRAM_SLOT] = id;
}

function rulesHit(rules: readonly CompiledRule[], scopes: readonly TScope[]): CompiledRule[] {
  return rules.filter((rule) => scopes.some((scope) => testsHold(rule.tests, scope)));
}

/** Why the programme's own limits rule the request out (empty: they don't). */
function programmeReasons(programme: CompiledProgramme, input: PricingInput): DeclineReason[] {
  const { request, policy } = input;
  const why = [];
  const l = programme.limits;
  const age = policy["vehicle.ageYears"] as number;
  const price = policy["vehicle.price"] as Decimal;
  if (l.maxVehicleAgeYears !== undefined && age > l.maxVehicleAgeYears) why.push(L.vehicleTooOld(l.maxVehicleAgeYears, age));
  if (l.minPrice && l.minPrice.gt(price)) why.push(L.priceTooLow(l.minPrice.toFixed()));
  if (l.maxPrice && l.maxPrice.lt(price)) why.push(L.priceTooHigh(l.maxPrice.toFixed()));
  // A flat programme prices its own risks as one: only the whole cover ("full") can be asked of it.
  const lanesCovered =
    programme.pricing === "flat"
      ? request.coverage === "full"
      : programme.plans[request.coverage].lanes.every((lane) => lane === "single" || (programme.risks as readonly string[]).includes(lane));
  if ((l.coverages && !l.coverages.has(request.coverage)) || !lanesCovered) why.push(L.coverage);
  if (l.franchiseTypes && !l.franchiseTypes.has(request.franchise.type)) why.push(L.franchise);
  const scopes = input.driverScopes.length > 0 ? [input.scope, ...input.driverScopes] : [input.scope];
  for (const rule of rulesHit(l.declineWhen, scopes)) why.push(rule.reason);
  return why.map((w) => ({ code: DeclineCode.ProgrammeNotAvailable, message: M.programmeNotAvailable(programme.name, w) }));
}

/** The request's scope for pricing one add-on: the policy's, with the add-on's own options (no trailer unless asked). */
export function addOnScope(input: PricingInput, choice: TAddOnChoice): TScope {
  const scope = input.scope.slice();
  scope[ADD_ON_SUM_SLOT] = choice.sumInsured === undefined ? undefined : new Decimal(choice.sumInsured);
  scope[ADD_ON_TRAILER_SLOT] = choice.trailer ?? false;
  return scope;
}

/** Why an asked add-on cannot be bought with this book and programme (empty: it can). */
function addOnReasons(book: CompiledRateBook, programme: CompiledProgramme, input: PricingInput, choice: TAddOnChoice): DeclineReason[] {
  const addOn: CompiledAddOn | undefined = book.addOns.get(choice.id);
  if (addOn === undefined || (programme.addOns !== undefined && !programme.addOns.has(choice.id))) {
    return [{ code: DeclineCode.AddOnNotOffered, message: M.addOnNotOffered(choice.id) }];
  }
  const reasons: DeclineReason[] = [];
  const age = input.policy["vehicle.ageYears"] as number;
  if (addOn.maxVehicleAgeYears !== undefined && age > addOn.maxVehicleAgeYears) {
    reasons.push({ code: DeclineCode.AddOnNotAvailable, message: M.addOnNotAvailable(addOn.name, L.vehicleTooOld(addOn.maxVehicleAgeYears, age)) });
  }
  if (addOn.declineWhen.length > 0) {
    const scope = addOnScope(input, choice);
    for (const rule of rulesHit(addOn.declineWhen, [scope, ...input.driverScopes])) {
      reasons.push({ code: DeclineCode.AddOnNotAvailable, message: M.addOnNotAvailable(addOn.name, rule.reason) });
    }
  }
  return reasons;
}

/**
 * Every reason the book gives for declining the request's options with this programme: the
 * programme's limits, the policy term, a number of allowed drivers, each asked add-on.
 */
export function checkOptions(book: CompiledRateBook, programme: CompiledProgramme, input: PricingInput): DeclineReason[] {
  const { request } = input;
  const reasons: DeclineReason[] = programme.declared ? programmeReasons(programme, input) : [];
  const months = request.policyTermMonths;
  if (months !== 12 && !book.policyTerms.has(months)) {
    reasons.push({ code: DeclineCode.PolicyTermNotOffered, message: M.policyTermNotOffered(months) });
  }
  if (request.allowedDrivers !== undefined && !book.readsAllowedDrivers) {
    reasons.push({ code: DeclineCode.AllowedDriversNotOffered, message: M.allowedDriversNotOffered });
  }
  for (const choice of request.addOns) reasons.push(...addOnReasons(book, programme, input, choice));
  return reasons;
}
