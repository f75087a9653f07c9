import * as z from "zod";
import { catalog as shippedCatalog, type Catalog } from "@/lib/catalog";
import { createBaseQuoteRequestSchema } from "@/lib/rating";
import { quoteQuerySchema } from "./quote-query";

const money = { type: "string", pattern: "^\\d+\\.\\d{2}$", description: "Rubles as a decimal string, e.g. \"27370.62\"" };
const localized = { type: "object", properties: { ru: { type: "string" }, en: { type: "string" } }, required: ["ru", "en"] };
/** A label in both languages, or (with `lang`) the one text. */
const label = { oneOf: [localized, { type: "string" }], description: "{ ru, en }; with lang=ru|en the one text" };

const rateBookRef = { type: "object", properties: { id: { type: "string" }, effectiveFrom: { type: "string", format: "date" } }, required: ["id", "effectiveFrom"] };

const components = {
  oneOf: [{ type: "object", properties: { damage: money, theft: money }, required: ["damage", "theft"] }, { type: "null" }],
  description: "The cover's part split between damage and theft; null when the tariff (or a flat-rate programme) prices one component",
};

/** The version-2 fields of a quote: present only when they say something (docs/decisions/0021-rate-book-programmes-and-add-ons.md). */
const quoteExtras = {
  programme: {
    type: "object",
    description: "Present when the insurer's tariff declares programmes",
    properties: {
      id: { type: "string" },
      name: label,
      description: label,
      level: { enum: ["full", "budget", "mini"] },
      risks: { type: "array", items: { type: "string" } },
      pricing: { enum: ["formula", "flat"] },
    },
    required: ["id", "name", "description", "level", "risks", "pricing"],
  },
  addOns: {
    type: "array",
    description: "Present when add-ons were asked for: each one's part of the premium",
    items: {
      type: "object",
      properties: { id: { type: "string" }, name: label, amount: money, apply: { enum: ["beforeRounding", "afterRounding"] }, sumInsured: { type: "string" }, trailer: { type: "boolean" } },
      required: ["id", "name", "amount", "apply"],
    },
  },
  coverPremium: { ...money, description: "Present with add-ons: the premium without them" },
  policyTermMonths: { type: "integer", minimum: 1, maximum: 11, description: "Present for a policy shorter than a year" },
  provenance: {
    type: "object",
    description: "Present for a published tariff (absent: demonstration values)",
    properties: { kind: { const: "published" }, source: { type: "string" }, publishedOn: { type: "string", format: "date" } },
    required: ["kind", "source", "publishedOn"],
  },
};

const step = {
  type: "object",
  description: "One worksheet line: what was looked up, the value found, and the running figures of its component.",
  properties: {
    component: { enum: ["damage", "theft", "single", "addOn", "total"] },
    factor: { type: "string", description: "Factor table id, or base / discounts / sum / rate-rounding / minimum-premium / rounding" },
    label,
    lookup: { type: "object", additionalProperties: { type: ["string", "number", "boolean"] } },
    matched: { type: "string", description: "The table row that matched, in words" },
    operation: { enum: ["base", "multiply", "add", "sum", "round", "minimum", "allocate"] },
    value: { type: "string" },
    rate: { type: "string", description: "Running rate, a fraction of the sum insured" },
    total: { type: "string", description: "Running amount in rubles (unrounded before the rounding step)" },
    driver: { type: "integer", description: "Index of the driver who decided a driver factor" },
  },
  required: ["component", "factor", "label", "lookup", "matched", "operation", "value", "total"],
};

const quote = {
  type: "object",
  properties: {
    rank: { type: "integer", minimum: 1 },
    insurerId: { type: "string" },
    insurerName: { type: "string" },
    insurerNameEn: { type: "string", description: "Absent with lang" },
    premium: money,
    components,
    installments: { type: "integer", minimum: 1, maximum: 12 },
    installmentAmount: money,
    installmentSchedule: { type: "array", items: money },
    rateBook: rateBookRef,
    ...quoteExtras,
    conditions: { type: "object", description: "The policy's conditions; its notes are labels" },
    steps: { type: "array", items: step },
  },
  required: ["rank", "insurerId", "insurerName", "premium", "components", "installmentAmount", "rateBook", "conditions", "steps"],
};

const quoteSummary = {
  type: "object",
  description: "A quote without conditions and worksheet (detail=summary).",
  properties: {
    rank: { type: "integer", minimum: 1 },
    insurerId: { type: "string" },
    insurerName: { type: "string", description: "In Russian; with lang=en in English" },
    insurerNameEn: { type: "string", description: "Absent with lang" },
    premium: money,
    components,
    installments: { type: "integer", minimum: 1, maximum: 12 },
    installmentAmount: money,
    installmentSchedule: { type: "array", items: money },
    rateBook: rateBookRef,
    ...quoteExtras,
  },
  required: ["rank", "insurerId", "insurerName", "premium", "components", "installments", "installmentAmount", "installmentSchedule", "rateBook"],
};

const declinedSummary = {
  type: "object",
  properties: {
    insurerId: { type: "string" },
    insurerName: { type: "string" },
    insurerNameEn: { type: "string", description: "Absent with lang" },
    rateBook: { oneOf: [rateBookRef, { type: "null" }] },
    codes: { type: "array", items: { type: "string" }, description: "Decline codes (no_rate_book, vehicle_too_old, …, or a rate book's own)" },
  },
  required: ["insurerId", "insurerName", "rateBook", "codes"],
};

const declined = {
  type: "object",
  properties: {
    insurerId: { type: "string" },
    insurerName: { type: "string" },
    insurerNameEn: { type: "string" },
    rateBook: { oneOf: [rateBookRef, { type: "null" }] },
    reasons: { type: "array", items: { type: "object", properties: { code: { type: "string" }, message: label }, required: ["code", "message"] } },
  },
  required: ["insurerId", "insurerName", "reasons"],
};

const invalidRequest = {
  type: "object",
  properties: {
    error: { const: "invalid_request" },
    issues: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } }, required: ["path", "message"] } },
  },
  required: ["error", "issues"],
};

/** The quote route's query parameters, from their zod schema. */
function queryParameters() {
  const { properties } = z.toJSONSchema(quoteQuerySchema, { io: "input" }) as { properties: Record<string, { description?: string }> };
  return Object.entries(properties).map(([name, schema]) => ({ name, in: "query", required: false, description: schema.description, schema }));
}

/**
 * The OpenAPI 3.1 document of the public API; the request schema and the query parameters are
 * generated from their zod schemas. The site passes its catalog (the one in the database), so the
 * model ids listed are the ones a quote may name.
 */
export function buildOpenApiDocument(catalog: Catalog = shippedCatalog) {
  const { $schema: _ignored, ...request } = z.toJSONSchema(createBaseQuoteRequestSchema(catalog), { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  void _ignored;
  return {
    openapi: "3.1.0",
    info: {
      title: "kasko-compare API",
      version: "1",
      description: "KASKO premium comparison. All tariffs are demonstration values built to reproduce published 2019 figures, not insurers' real tariffs.",
    },
    paths: {
      "/api/v1/quotes": {
        post: {
          summary: "Price one request with every insurer and rank the quotes",
          parameters: queryParameters(),
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/QuoteRequest" } } } },
          responses: {
            "200": {
              description: "Ranked quotes and declines: the full comparison (default), or the summary with detail=summary",
              content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/Comparison" }, { $ref: "#/components/schemas/ComparisonSummary" }] } } },
            },
            "400": { description: "Invalid request: every bad field (or query parameter, at query.<name>) with a message", content: { "application/json": { schema: { $ref: "#/components/schemas/InvalidRequest" } } } },
          },
        },
      },
      "/api/v1/catalog": { get: { summary: "Vehicle classes and models", responses: { "200": { description: "The catalog" } } } },
      "/api/v1/regions": { get: { summary: "The 85 regions with official two-digit codes", responses: { "200": { description: "The regions" } } } },
      "/api/v1/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
    components: {
      schemas: {
        QuoteRequest: request,
        Comparison: {
          type: "object",
          properties: { policyStart: { type: "string", format: "date" }, currency: { const: "RUB" }, quotes: { type: "array", items: quote }, declined: { type: "array", items: declined } },
          required: ["policyStart", "currency", "quotes", "declined"],
        },
        ComparisonSummary: {
          type: "object",
          description: "detail=summary: per insurer the premium, components, instalments, rank and edition; declines with their codes. No worksheets.",
          properties: { policyStart: { type: "string", format: "date" }, currency: { const: "RUB" }, quotes: { type: "array", items: quoteSummary }, declined: { type: "array", items: declinedSummary } },
          required: ["policyStart", "currency", "quotes", "declined"],
        },
        InvalidRequest: invalidRequest,
      },
    },
  };
}
