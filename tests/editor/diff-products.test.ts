/** The diff names format 2's items and fields: "опция gap · price.value 0.006 → 0.007". */
import { describe, expect, it } from "vitest";
import { diffRateBooks } from "@/lib/editor/diff-rate-books";
import ingosstrakh from "@/data/rate-books/ingosstrakh/2027-07-01.json";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const book = (): any => structuredClone(ingosstrakh);

describe("diff of programmes, add-ons, short-term policies and rounding steps", () => {
  it("is empty for the same book", () => {
    expect(diffRateBooks(book(), book())).toEqual([]);
  });

  it("reports each change at its item and field, not the whole list", () => {
    const after = book();
    after.addOns[0].price.value = "0.007";
    after.programmes[1].risks.push("glass");
    after.programmes[2].name.ru = "Мини";
    after.policyTerms[5].factor = "0.72";
    after.rounding.steps.unshift({ id: "rate-4", target: "ratePercent", decimals: 4 });
    after.addOns.pop();
    const changes = diffRateBooks(book(), after).map(({ kind, rowKey, field, before, after }) => ({ kind, rowKey, field, before, after }));
    expect(changes).toEqual([
      { kind: "added", rowKey: "программа budget", field: "risks", before: undefined, after: "glass" },
      { kind: "changed", rowKey: "программа mini", field: "name.ru", before: book().programmes[2].name.ru, after: "Мини" },
      { kind: "changed", rowKey: "опция gap", field: "price.value", before: "0.006", after: "0.007" },
      { kind: "removed", rowKey: `опция ${book().addOns.at(-1).id}`, field: "addOn", before: book().addOns.at(-1).name.ru, after: undefined },
      { kind: "changed", rowKey: "срок 6 мес.", field: "factor", before: "0.7", after: "0.72" },
      { kind: "added", rowKey: "шаг округления rate-4", field: "roundingStep", before: undefined, after: "ratePercent, 4" },
    ]);
  });

  it("names the add-on and the row of a price-table change, and the programme and table of a programme-table change", () => {
    const after = book();
    const dsago = after.addOns.findIndex((a: { id: string }) => a.id === "dsago");
    after.addOns[dsago].price.rows[1].value = "2500";
    after.addOns[dsago].price.rows.splice(2, 1);
    after.programmes[1].factors[0].default = "0.8";
    after.programmes[1].factors[0].rows.push({ when: { "vehicle.class": "suv" }, value: "0.9" });
    const changes = diffRateBooks(book(), after).map(({ kind, area, rowKey, field, path, before, after }) => ({ kind, area, rowKey, field, path, before, after }));
    expect(changes).toEqual([
      { kind: "changed", area: "general", rowKey: "программа budget · таблица budget-franchise", field: "default", path: "programmes.1.factors.0.default", before: "0.85", after: "0.8" },
      { kind: "added", area: "general", rowKey: "программа budget · таблица budget-franchise · vehicle.class suv", field: "row", path: "programmes.1.factors.0.rows.0", before: undefined, after: "0.9" },
      {
        kind: "changed",
        area: "general",
        rowKey: "опция dsago · region ∈ {77, 78, 50, 47} × addOn.sumInsured 1000000 × addOn.trailer false",
        field: "value",
        path: `addOns.${dsago}.price.rows.1.value`,
        before: "2400",
        after: "2500",
      },
      {
        kind: "removed",
        area: "general",
        rowKey: "опция dsago · region ∈ {77, 78, 50, 47} × addOn.sumInsured 1500000 × addOn.trailer false",
        field: "row",
        path: `addOns.${dsago}.price.rows.2`,
        before: "3100",
        after: undefined,
      },
    ]);
  });

  it("compares decimals as numbers", () => {
    const after = book();
    after.addOns[0].price.value = "0.0060";
    expect(diffRateBooks(book(), after)).toEqual([]);
  });
});
