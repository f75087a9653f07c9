// GET /api/v1/openapi.json — the API described as OpenAPI 3.1, request schema generated from the zod schema.
import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
