// Server-only: the database schema (drizzle). One schema for embedded PGlite and PostgreSQL, one
// file per part of the product; migrations are generated from all of it (drizzle.config.ts).
export * from "./schema/core";
export * from "./schema/agents";
export * from "./schema/offers";
export * from "./schema/renewals";
export * from "./schema/bulk";
export * from "./schema/policy-checks";
export * from "./schema/catalog";

// Vehicle makes (editable makes)
export * from "./schema/catalog-makes";
