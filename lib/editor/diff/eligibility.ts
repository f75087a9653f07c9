/** Eligibility: limits, served lists and decline rules (matched by code). */
import { whenKey, whenWords } from "./conditions";
import type { Differ, Where } from "./differ";
import { at, isObj, sameDecimal, show, stringOr, type Obj } from "./values";

const ELIGIBILITY_SCALARS = ["maxVehicleAgeYears", "minDriverAge", "maxDriverAge", "minDriverExperienceYears", "unlimitedDrivers"] as const;
const ELIGIBILITY_DECIMALS = ["minPrice", "maxPrice"] as const;
const ELIGIBILITY_SETS = ["regionsServed", "coverages", "repairOptions", "franchiseTypes", "installments"] as const;

export function diffEligibility(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "eligibility" };
  const path = "eligibility";
  d.object(where, "eligibility", path, b.eligibility, a.eligibility, (be, ae) => {
    for (const f of ELIGIBILITY_SCALARS) d.leaf(where, f, at(path, f), be[f], ae[f]);
    for (const f of ELIGIBILITY_DECIMALS) d.leaf(where, f, at(path, f), be[f], ae[f], sameDecimal);
    for (const f of ELIGIBILITY_SETS) d.set(where, f, at(path, f), be[f], ae[f]);
    const codeOf = (r: unknown) => (isObj(r) ? stringOr(r.code) : undefined);
    const ruleWhere = (r: unknown): Where => ({ area: "eligibility", rowKey: codeOf(r) });
    const describe = (r: unknown) => (isObj(r) ? `${whenWords(r.when)}${isObj(r.reason) && r.reason.ru !== undefined ? ` — ${show(r.reason.ru)}` : ""}` : r);
    d.byId(be.declineWhen, ae.declineWhen, at(path, "declineWhen"), where, "declineRule", codeOf, ruleWhere, describe, (w, rPath, br, ar) => {
      d.object(w, "declineRule", rPath, br, ar, (bo, ao) => {
        if (whenKey(bo.when) !== whenKey(ao.when)) d.changed(w, "when", at(rPath, "when"), whenWords(bo.when), whenWords(ao.when));
        d.localized(w, "reason", at(rPath, "reason"), bo.reason, ao.reason);
        d.unknownKeys(w, "", rPath, bo, ao, ["code", "when", "reason"]);
      });
    });
    d.unknownKeys(where, "", path, be, ae, [...ELIGIBILITY_SCALARS, ...ELIGIBILITY_DECIMALS, ...ELIGIBILITY_SETS, "declineWhen"]);
  });
}
