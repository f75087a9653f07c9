// GET /api/v1/openapi.json — the API described as OpenAPI 3.1, request schema generated from the
// zod schema over the catalog in the database (the model ids a quote may name today).
import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";

export const dynamic = "force-dynamic";

/** The document of each catalog (a new catalog object after every change), built once. */
const documents = new WeakMap<object, ReturnType<typeof buildOpenApiDocument>>();

export async function GET() {
  const catalog = await getSiteCatalog();
  let doc = documents.get(catalog);
  if (!doc) documents.set(catalog, (doc = buildOpenApiDocument(catalog)));
  return NextResponse.json(doc);
}
