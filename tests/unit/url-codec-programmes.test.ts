/**
 * The calculator's new fields (programme level, add-ons, ДСАГО's limit and trailer, policy term,
 * instalments 1–12, a new car, the lending bank, the number of drivers) live in the URL like the
 * others: only what differs from the defaults, read back exactly, and the request they stand for
 * is the one the API would take.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalog } from "@/lib/catalog";
import { parseQuoteRequest } from "@/lib/rating";
import { ADD_ON_IDS, PROGRAMME_LEVELS } from "@/lib/rating/options";
import { DEFAULT_FORM, DSAGO_SUMS, INSTALLMENT_CHOICES, TERM_CHOICES, type FormState } from "@/lib/form/form-state";
import { decodeForm, encodeForm, requestToForm } from "@/lib/form/url-codec";
import { errorKeyOf, fieldOfIssue, formToRequest } from "@/lib/form/to-request";

const TODAY = "2026-12-06";
const BASE: FormState = { ...DEFAULT_FORM, model: "mazda-3", year: "2026", price: "1200000", region: "77", drivers: [{ age: "30", experience: "5", sex: "", married: "", children: "" }], start: "2027-07-01" };

const paramsOf = (query: string) => {
  const search = new URLSearchParams(query);
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
};
const roundTrip = (form: FormState) => decodeForm(paramsOf(encodeForm(form)));

const arbitraryForm = fc.record({
  programme: fc.constantFrom("" as const, ...PROGRAMME_LEVELS),
  addOns: fc.subarray([...ADD_ON_IDS]),
  dsagoSum: fc.constantFrom(...DSAGO_SUMS),
  dsagoTrailer: fc.boolean(),
  term: fc.constantFrom(...TERM_CHOICES),
  installments: fc.constantFrom(...INSTALLMENT_CHOICES),
  isNew: fc.boolean(),
  // Empty, or any day from the model year − 1 (2025) to the policy start (2027-07-01).
  registeredOn: fc.oneof(fc.constant(""), fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-07-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  credit: fc.boolean(),
  creditor: fc.constantFrom("", "sberbank", "vtb"),
  allowedDrivers: fc.constantFrom("", "1", "3", "10"),
});

describe("the programme, add-on and term fields in the URL", () => {
  it("leaves a form with the defaults' new fields as short as before", () => {
    const query = encodeForm(BASE);
    for (const key of ["prog", "ao", "dsum", "dtr", "term", "pay", "new", "reg", "bank", "nd"]) expect(new URLSearchParams(query).has(key)).toBe(false);
    expect(roundTrip(BASE)).toEqual(BASE);
  });

  it("writes readable parameters", () => {
    const query = encodeForm({ ...BASE, programme: "budget", addOns: ["dsago", "gap"], dsagoSum: "1500000", dsagoTrailer: true, term: "6", installments: "3", isNew: true, registeredOn: "2026-03-15", credit: true, creditor: "sberbank", allowedDrivers: "2" });
    const q = new URLSearchParams(query);
    expect(Object.fromEntries(["prog", "ao", "dsum", "dtr", "term", "pay", "new", "reg", "bank", "nd"].map((k) => [k, q.get(k)]))).toEqual({ prog: "budget", ao: "gap.dsago", dsum: "1500000", dtr: "1", term: "6", pay: "3", new: "1", reg: "2026-03-15", bank: "sberbank", nd: "2" });
  });

  it("reads back every combination exactly (what is not read is not written)", () => {
    fc.assert(
      fc.property(arbitraryForm, (fields) => {
        const form: FormState = { ...BASE, ...fields };
        const back = roundTrip(form);
        // The bank is kept only with credit, ДСАГО's options only with ДСАГО chosen.
        const expected: FormState = {
          ...form,
          creditor: form.credit ? form.creditor : "",
          dsagoSum: form.addOns.includes("dsago") ? form.dsagoSum : DEFAULT_FORM.dsagoSum,
          dsagoTrailer: form.addOns.includes("dsago") && form.dsagoTrailer,
        };
        expect(back).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("ignores unknown add-on codes, levels, terms and instalment counts in a link", () => {
    const form = decodeForm({ ...paramsOf(encodeForm(BASE)), ao: "gap.casco.gap.dsago", prog: "platinum", term: "13", pay: "24" });
    expect(form.addOns).toEqual(["gap", "dsago"]);
    expect(form.programme).toBe("");
    expect(form.term).toBe("12");
    expect(form.installments).toBe("1");
  });

  it("stands for the request the API takes, and back", () => {
    fc.assert(
      fc.property(arbitraryForm, (fields) => {
        const form: FormState = { ...BASE, ...fields };
        const parsed = parseQuoteRequest(formToRequest(form, catalog), catalog, TODAY);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
        const r = parsed.request;
        expect(r.program.level).toBe(form.programme || undefined);
        expect(r.addOns.map((a) => a.id)).toEqual(form.addOns);
        const dsago = r.addOns.find((a) => a.id === "dsago");
        if (dsago) expect([dsago.sumInsured, dsago.trailer]).toEqual([form.dsagoSum, form.dsagoTrailer]);
        expect(r.policyTermMonths).toBe(Number(form.term));
        expect(r.installments).toBe(Number(form.installments));
        expect(r.vehicle.isNew).toBe(form.isNew);
        expect(r.vehicle.registeredOn).toBe(form.registeredOn || undefined);
        expect(r.vehicle.creditor).toBe(form.credit && form.creditor ? form.creditor : undefined);
        expect(r.allowedDrivers).toBe(form.allowedDrivers ? Number(form.allowedDrivers) : undefined);
        // The editor's links (impact analysis, renewals) open the calculator on the same request.
        const again = parseQuoteRequest(formToRequest(decodeForm(paramsOf(encodeForm(requestToForm(r)))), catalog), catalog, TODAY);
        expect(again.ok && again.request).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it("puts the request's errors on the new fields", () => {
    const parsed = parseQuoteRequest(formToRequest({ ...BASE, credit: true, creditor: "Сбербанк", allowedDrivers: "0", dsagoSum: "abc", addOns: ["dsago"] }, catalog), catalog, TODAY);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(new Set(parsed.error.issues.map((i) => fieldOfIssue(i.path)))).toEqual(new Set(["creditor", "allowedDrivers", "dsagoSum"]));
  });

  it("puts a first registration date after the policy start, or before the model year − 1, on its field with its own message", () => {
    const issues = (form: FormState) => {
      const parsed = parseQuoteRequest(formToRequest(form, catalog), catalog, TODAY);
      return parsed.ok ? [] : parsed.error.issues.map((i) => [fieldOfIssue(i.path), errorKeyOf(fieldOfIssue(i.path), i.message)]);
    };
    expect(issues({ ...BASE, registeredOn: "2027-07-02" })).toEqual([["registeredOn", "registeredOnAfterStart"]]);
    // Without a start date the policy starts today: a date after today is refused the same way.
    expect(issues({ ...BASE, start: "", registeredOn: "2026-12-07" })).toEqual([["registeredOn", "registeredOnAfterStart"]]);
    expect(issues({ ...BASE, registeredOn: "2024-12-31" })).toEqual([["registeredOn", "registeredOnBeforeYear"]]);
    expect(issues({ ...BASE, registeredOn: "2026-02-30" })).toEqual([["registeredOn", "registeredOn"]]);
    expect(issues({ ...BASE, registeredOn: "2025-01-01" })).toEqual([]);
    expect(issues({ ...BASE, registeredOn: "2027-07-01" })).toEqual([]);
  });
});
