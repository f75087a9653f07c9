/** Form → JSON: writes the form over the book as loaded, so fields the editor does not show survive. */
import { paths, tablePathsAt } from "./paths";
import { overwrite, writeRows, writeTable } from "./write-table";
import { COMPONENTS, OPTION_LISTS, type Component, type EditorIssue, type RateBookForm } from "./types";
import { obj, type Obj } from "./values";
import { Writer } from "./writer";
import { writeV2 } from "./v2";

const optional = (s: string) => (s.trim() === "" ? undefined : s.trim());
const intOrText = (s: string) => {
  const t = s.trim();
  if (t === "") return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
};

export function toBody(form: RateBookForm): { body: Obj; issues: EditorIssue[] } {
  const w = new Writer();
  const b = form.orig;
  const components = obj(b.components);

  const seen = new Set<string>();
  const byModel: Record<Component, Obj> = { damage: {}, theft: {} };
  form.models.forEach((m, r) => {
    const ok = w.modelId(m.model.trim(), paths.model(r, "model"), { tableId: "base-rates", row: r + 1, column: "model" }, seen);
    for (const c of COMPONENTS) {
      if (m[c].trim() === "") continue;
      const fraction = w.percent(m[c], m.orig[c], paths.model(r, c), { tableId: "base-rates", row: r + 1, column: c });
      if (ok && fraction !== undefined) byModel[c][m.model.trim()] = fraction;
    }
  });

  const componentBody = (c: Component): Obj => {
    const fb = form.fallback[c];
    const rows = writeRows(
      w,
      fb.rows,
      fb.keys,
      (r, k) => paths.fallbackCell(c, r, k),
      `${c}.fallback`,
      (row, r) => w.percent(row.value, row.orig.value, paths.fallbackRow(c, r, "value"), { tableId: `${c}.fallback`, row: r + 1, column: "value" }),
    );
    return overwrite(obj(components[c]), { byModel: byModel[c], fallback: overwrite(fb.orig, { keys: fb.keys, rows }) });
  };

  const factors = form.factors.map((t, i) => writeTable(w, t, tablePathsAt(["factors", i]), t.id || `#${i + 1}`));

  const e = form.eligibility;
  const regions = e.regionsServed.split(/[\s,;]+/).filter((s) => s !== "");
  const origRegions = e.orig.regionsServed;
  const eligibility = overwrite(e.orig, {
    ...Object.fromEntries(Object.entries(e.ints).map(([k, v]) => [k, intOrText(v)])),
    ...Object.fromEntries(Object.entries(e.decimals).map(([k, v]) => [k, optional(v)])),
    regionsServed: Array.isArray(origRegions) && origRegions.join(", ") === e.regionsServed ? origRegions : regions.length > 0 ? regions : undefined,
    ...Object.fromEntries(OPTION_LISTS.flatMap((k) => (e.lists[k] === undefined ? [] : [[k, e.lists[k]]]))),
    ...(e.unlimitedDrivers === undefined ? {} : { unlimitedDrivers: e.unlimitedDrivers }),
  });

  const d = form.discounts;
  const items = d.items.map((item, i) =>
    overwrite(item.orig, {
      id: item.id,
      label: overwrite(obj(item.orig.label), { ru: item.labelRu, en: item.labelEn }),
      when: w.when(d.keys, item.cells, item.origWhen, item.touched, (k) => paths.discountCell(i, k), (k) => ({ tableId: "discounts", row: i + 1, column: k })),
      percent: item.percent.trim(),
    }),
  );

  // Absent and "0" both mean "no discount allowed": an empty cap with no condition removes the block.
  const ad = form.agentDiscount;
  const origSingle = ad.orig.singlePaymentOnly;
  const agentDiscount =
    ad.maxPercent.trim() === "" && !ad.singlePaymentOnly
      ? undefined
      : overwrite(ad.orig, {
          maxPercent: ad.maxPercent.trim(),
          singlePaymentOnly: ad.singlePaymentOnly ? true : origSingle === false ? false : undefined,
        });

  const rounding = overwrite(form.rounding.orig, {
    ratePercentDecimals: intOrText(form.rounding.ratePercentDecimals),
    premiumDecimals: intOrText(form.rounding.premiumDecimals),
  });

  const body = overwrite(b, {
    effectiveFrom: form.effectiveFrom === "" && b.effectiveFrom === undefined ? undefined : form.effectiveFrom,
    // A single-component book (format 2) keeps its one component as loaded: no damage/theft split is invented.
    components: components.single !== undefined && components.damage === undefined && components.theft === undefined ? components : overwrite(components, { damage: componentBody("damage"), theft: componentBody("theft") }),
    factors,
    eligibility,
    discounts: overwrite(d.orig, { maxTotalPercent: d.maxTotalPercent.trim(), items }),
    agentDiscount,
    minimumPremium: optional(form.minimumPremium),
    rounding: Object.keys(rounding).length === 0 && b.rounding === undefined ? undefined : rounding,
    notes: form.notes.length === 0 && b.notes === undefined ? undefined : form.notes.map((n) => overwrite(n.orig, { ru: n.ru, en: n.en })),
    ...writeV2(form.v2, b, w),
  });
  return { body, issues: w.issues };
}
