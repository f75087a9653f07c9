import { beforeAll, describe, expect, it } from "vitest";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { GET as catalogGET } from "@/app/api/v1/catalog/route";
import { GET as regionsGET } from "@/app/api/v1/regions/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";

describe("reference endpoints", () => {
  beforeAll(() => getReadyDatabase(), 60_000);

  it("GET /api/v1/catalog lists the seed models and Mazda 3", async () => {
    const body = await (await catalogGET()).json();
    const ids = body.models.map((m: { id: string }) => m.id);
    for (const id of ["hyundai-solaris", "kia-rio", "lada-granta", "volkswagen-polo", "renault-logan", "lada-largus", "toyota-camry", "mazda-3"]) expect(ids).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(150);
    expect(body.models.find((m: { id: string }) => m.id === "hyundai-solaris")).toMatchObject({ names: { ru: "Хендай Солярис" }, spellings: ["солярис", "соларис"], yearFrom: 2010 });
  });

  it("GET /api/v1/regions lists all 85 regions with Irkutsk as 38", async () => {
    const body = await regionsGET().json();
    expect(body.regions).toHaveLength(85);
    expect(body.regions.find((r: { code: string }) => r.code === "38").name.ru).toBe("Иркутская область");
  });

  it("GET /api/v1/openapi.json publishes the request schema generated from zod", async () => {
    const doc = await (await openapiGET()).json();
    expect(doc.openapi).toBe("3.1.0");
    const request = doc.components.schemas.QuoteRequest;
    expect(request.required).toEqual(["region", "vehicle"]);
    expect(request.additionalProperties).toBe(false);
    expect(request.properties.vehicle.properties.modelId.enum).toContain("mazda-3");
    expect(request.properties.repair.enum).toEqual(["dealer", "insurer-garage", "client-garage", "insurer-calculation", "independent-appraiser"]);
  });
});
