/**
 * The API follows the catalog in the database: a model an editor adds is listed by
 * GET /api/v1/catalog, named in the OpenAPI document's model ids and priced by POST
 * /api/v1/quotes; once removed, a quote naming it is a field error, never a 500.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as catalogGET } from "@/app/api/v1/catalog/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";
import { POST } from "@/app/api/v1/quotes/route";
import { parseModelForm, modelToFormValues } from "@/lib/catalog/model-form";
import { catalog as shipped } from "@/lib/catalog";
import { removeCatalogModel, saveCatalogModel } from "@/lib/db/catalog.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { users } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";

const REQUEST = { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "kaiyi-x3-pro", year: 2025, price: 1650000 }, drivers: [{ age: 35, experienceYears: 10 }] };

function quote(body: object) {
  return POST(new Request("http://localhost/api/v1/quotes", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
}

async function modelIds(): Promise<{ listed: string[]; openapi: string[] }> {
  const listed = ((await (await catalogGET()).json()) as { models: { id: string }[] }).models.map((m) => m.id);
  const doc = (await (await openapiGET()).json()) as { components: { schemas: { QuoteRequest: { properties: { vehicle: { properties: { modelId: { enum: string[] } } } } } } } };
  return { listed, openapi: doc.components.schemas.QuoteRequest.properties.vehicle.properties.modelId.enum };
}

describe("the API and the catalog in the database", () => {
  let editor: Actor;
  beforeAll(async () => {
    const { db } = await getReadyDatabase();
    const [u] = await db.insert(users).values({ email: "catalog-api@example.org", name: "Editor", role: "editor", passwordHash: "x" }).returning();
    editor = { id: u!.id, email: u!.email, name: u!.name, role: "editor", disabledAt: null };
  }, 60_000);

  it("lists, documents and prices a model an editor adds, and refuses it once removed", async () => {
    const before = await modelIds();
    expect(before.listed).not.toContain("kaiyi-x3-pro");
    expect(before.openapi).not.toContain("kaiyi-x3-pro");
    expect((await quote(REQUEST)).status).toBe(400);

    const form = { ...modelToFormValues(shipped.models.get("chery-tiggo-4-pro")!), id: "kaiyi-x3-pro", make: "Kaiyi", model: "X3 Pro", namesRu: "Кайи X3 Про", namesEn: "Kaiyi X3 Pro", spellings: "" };
    const parsed = parseModelForm(form);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { db } = await getReadyDatabase();
    expect(await saveCatalogModel(db, editor, { model: parsed.model, baseRevision: null })).toMatchObject({ ok: true });

    const after = await modelIds();
    expect(after.listed).toContain("kaiyi-x3-pro");
    expect(after.openapi).toContain("kaiyi-x3-pro");
    const res = await quote(REQUEST);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { quotes: { premium: string }[]; declined: unknown[] };
    expect(body.quotes.length + body.declined.length).toBe(6);
    expect(body.quotes.length).toBeGreaterThanOrEqual(5);

    expect(await removeCatalogModel(db, editor, { id: "kaiyi-x3-pro", baseRevision: 1 })).toEqual({ ok: true });
    const removed = await quote(REQUEST);
    expect(removed.status).toBe(400);
    expect(((await removed.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["vehicle.modelId"]);
    expect((await modelIds()).listed).not.toContain("kaiyi-x3-pro");
  });
});
