/** Discounts: the total cap and the items (matched by id). */
import { whenKey, whenWords } from "./conditions";
import type { Differ, Where } from "./differ";
import { at, isObj, labelOf, sameDecimal, show, stringOr, type Obj } from "./values";

export function diffDiscounts(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "discounts" };
  const path = "discounts";
  d.object(where, "discounts", path, b.discounts, a.discounts, (bd, ad) => {
    d.leaf(where, "maxTotalPercent", at(path, "maxTotalPercent"), bd.maxTotalPercent, ad.maxTotalPercent, sameDecimal);
    const idOf = (x: unknown) => (isObj(x) ? stringOr(x.id) : undefined);
    const itemWhere = (x: unknown): Where => ({ area: "discounts", rowKey: idOf(x) });
    const describe = (x: unknown) => (isObj(x) ? `${labelOf(x) ?? idOf(x)}: ${show(x.percent)} % (${whenWords(x.when)})` : x);
    d.byId(bd.items, ad.items, at(path, "items"), where, "discount", idOf, itemWhere, describe, (w, iPath, bi, ai) => {
      d.object(w, "discount", iPath, bi, ai, (bo, ao) => {
        d.localized(w, "label", at(iPath, "label"), bo.label, ao.label);
        if (whenKey(bo.when) !== whenKey(ao.when)) d.changed(w, "when", at(iPath, "when"), whenWords(bo.when), whenWords(ao.when));
        d.leaf(w, "percent", at(iPath, "percent"), bo.percent, ao.percent, sameDecimal);
        d.unknownKeys(w, "", iPath, bo, ao, ["id", "label", "when", "percent"]);
      });
    });
    d.unknownKeys(where, "", path, bd, ad, ["maxTotalPercent", "items"]);
  });
  // The agent's discount from commission: absent means none allowed, as does "0"; no condition means false.
  d.object(where, "agentDiscount", "agentDiscount", b.agentDiscount, a.agentDiscount, (ba, aa) => {
    d.leaf(where, "agentDiscount.maxPercent", "agentDiscount.maxPercent", ba.maxPercent ?? "0", aa.maxPercent ?? "0", sameDecimal);
    d.leaf(where, "agentDiscount.singlePaymentOnly", "agentDiscount.singlePaymentOnly", ba.singlePaymentOnly ?? false, aa.singlePaymentOnly ?? false);
    d.unknownKeys(where, "agentDiscount", "agentDiscount", ba, aa, ["maxPercent", "singlePaymentOnly"]);
  });
}
