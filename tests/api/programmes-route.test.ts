/**
 * The quote API with the version-2 request fields: programmes, add-ons, a short policy, more
 * instalments — priced by the demonstration editions of 2027-07-01 — and field errors for bad values.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/quotes/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";
import { serializeResponse } from "@/lib/api/serialize-response";
import { getQuoteContext } from "@/lib/api/quote-context.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";

const REQUEST = {
  policyStart: "2027-07-15",
  region: "77",
  vehicle: { modelId: "hyundai-solaris", year: 2026, price: 1500000 },
  drivers: [{ age: 40, experienceYears: 20 }],
};
const WITH_PRODUCTS = { ...REQUEST, addOns: ["gap", { id: "dsago", sumInsured: 1000000 }], policyTermMonths: 6, installments: 3 };

function post(body: object, query = "") {
  return POST(new Request(`http://localhost/api/v1/quotes${query}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
}

beforeAll(async () => {
  await getReadyDatabase();
}, 60_000);

describe("POST /api/v1/quotes with programmes and add-ons", () => {
  it("prices the add-ons, the short policy and 3 instalments where offered; the others decline with codes", async () => {
    const res = await post(WITH_PRODUCTS);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.quotes.map((q: { insurerId: string }) => q.insurerId).sort()).toEqual(["ingosstrakh", "rosgosstrakh"]);
    for (const q of body.quotes) {
      expect(q.programme).toMatchObject({ id: "full", level: "full", pricing: "formula" });
      expect(q.addOns.map((a: { id: string }) => a.id)).toEqual(["gap", "dsago"]);
      expect(q.policyTermMonths).toBe(6);
      expect(q.installmentSchedule).toHaveLength(3);
      const parts = [q.coverPremium, ...q.addOns.map((a: { amount: string }) => a.amount)].reduce((s: number, a: string) => s + Math.round(Number(a) * 100), 0);
      expect(parts).toBe(Math.round(Number(q.premium) * 100));
      expect(q.steps.some((s: { component: string; factor: string }) => s.component === "addOn" && s.factor === "add-on-gap")).toBe(true);
      expect(q.steps.some((s: { factor: string }) => s.factor === "policy-term")).toBe(true);
    }
    const codes = Object.fromEntries(body.declined.map((d: { insurerId: string; reasons: { code: string }[] }) => [d.insurerId, d.reasons.map((r) => r.code)]));
    expect(codes.maks).toEqual(expect.arrayContaining(["add_on_not_offered", "policy_term_not_offered", "installments_not_offered"]));
    expect(body.declined.find((d: { insurerId: string }) => d.insurerId === "maks").reasons.map((r: { message: { en: string } }) => r.message.en)).toContain("GAP is not offered");
  });

  it("the summary in one language carries the programme and the add-ons with their names in that language", async () => {
    const body = await (await post(WITH_PRODUCTS, "?detail=summary&lang=en")).json();
    const q = body.quotes.find((x: { insurerId: string }) => x.insurerId === "ingosstrakh");
    expect(q.programme.name).toBe("Full cover");
    expect(q.addOns[0]).toMatchObject({ id: "gap", name: "GAP" });
    expect(q.addOns[1]).toMatchObject({ id: "dsago", sumInsured: "1000000" });
    expect(q.steps).toBeUndefined();
  });

  it("one insurer's programme by id, and a flat-rate programme without a split", async () => {
    const body = await (await post({ ...REQUEST, program: { byInsurer: { ingosstrakh: "mini" } } })).json();
    const mini = body.quotes.find((q: { insurerId: string }) => q.insurerId === "ingosstrakh");
    expect(mini.programme).toMatchObject({ id: "mini", pricing: "flat" });
    expect(mini.components).toBeNull();
    // The others keep the programme closest to full cover.
    expect(body.quotes.find((q: { insurerId: string }) => q.insurerId === "rosgosstrakh").programme.id).toBe("full");
  });

  it("the batch serializer writes the new fields exactly as JSON.stringify", async () => {
    const ctx = await getQuoteContext();
    const parsed = parseQuoteRequest({ ...WITH_PRODUCTS, program: { byInsurer: { rosgosstrakh: "mini" } }, addOns: ["evacuation"] }, ctx.catalog, ctx.today);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const response = compareQuotes(parsed.request, ctx.library, ctx.catalog);
    expect(response.quotes.length).toBeGreaterThan(0);
    expect(serializeResponse(response)).toBe(JSON.stringify(response));
  });

  it.each([
    ["policyTermMonths 13", { policyTermMonths: 13 }, "policyTermMonths"],
    ["policyTermMonths 0", { policyTermMonths: 0 }, "policyTermMonths"],
    ["installments 0", { installments: 0 }, "installments"],
    ["an unknown add-on", { addOns: ["towing"] }, "addOns.0"],
    ["an add-on twice", { addOns: ["gap", { id: "gap" }] }, "addOns.1"],
    ["a negative ДСАГО sum", { addOns: [{ id: "dsago", sumInsured: -5 }] }, "addOns.0.sumInsured"],
    ["an unknown programme level", { program: { level: "platinum" } }, "program.level"],
    ["a programme id that is not a slug", { program: { byInsurer: { maks: "Full Cover" } } }, "program.byInsurer.maks"],
    ["allowed drivers with unlimited drivers", { drivers: [], unlimitedDrivers: true, allowedDrivers: 2 }, "allowedDrivers"],
    ["fewer allowed drivers than named", { drivers: [{ age: 40, experienceYears: 20 }, { age: 30, experienceYears: 5 }], allowedDrivers: 1 }, "allowedDrivers"],
    ["a creditor without credit", { vehicle: { ...REQUEST.vehicle, creditor: "sberbank" } }, "vehicle.creditor"],
    ["a registration after the policy start", { vehicle: { ...REQUEST.vehicle, registeredOn: "2027-08-01" } }, "vehicle.registeredOn"],
  ])("400 for %s, at the field", async (_name, patch, path) => {
    const res = await post({ ...REQUEST, ...patch });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid_request");
    expect(body.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it("the OpenAPI document describes the new request and quote fields", async () => {
    const doc = await openapiGET().json();
    const request = doc.components.schemas.QuoteRequest;
    for (const field of ["program", "addOns", "policyTermMonths", "allowedDrivers"]) expect(request.properties, field).toHaveProperty(field);
    for (const field of ["isNew", "registeredOn", "creditor"]) expect(request.properties.vehicle.properties, field).toHaveProperty(field);
    expect(request.properties.installments).toMatchObject({ minimum: 1, maximum: 12 });
    const quote = JSON.stringify(doc.components.schemas);
    for (const field of ["programme", "addOns", "coverPremium", "provenance"]) expect(quote).toContain(`"${field}"`);
  });
});
