// Server-only: commission and the commercial offer's tables.
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { insurers, users } from "./core";
import { agencies, savedCalculations } from "./agents";

// ---------------------------------------------------------------------------------------------
// Commission and the commercial offer: the agencies' commission per insurer (history kept), the
// agent's discount from commission per offer of a saved calculation, and the commercial offers
// (КП) made from a calculation with their client links. See docs/decisions/0009-offer-pdf.md.
// ---------------------------------------------------------------------------------------------

/**
 * An agency's commission from an insurer, percent of the premium, from a date. Rows are never
 * changed: a new rate is a new row, so the history stays; the rate in force on a day is the row
 * with the latest effective date on or before it (the latest entered on a tie).
 */
export const commissionRates = pgTable(
  "commission_rates",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    insurerId: text("insurer_id")
      .notNull()
      .references(() => insurers.id),
    /** Percent of the premium, a decimal string ("15", "12.5"). */
    percent: text("percent").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("commission_rates_agency_insurer_idx").on(t.agencyId, t.insurerId, t.effectiveFrom)],
);

/** The agent's discount on one offer of a saved calculation (one row per offer; changes audited). */
export const calculationDiscounts = pgTable(
  "calculation_discounts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    calculationId: integer("calculation_id")
      .notNull()
      .references(() => savedCalculations.id),
    insurerId: text("insurer_id").notNull(),
    /** As the agent gave it: "percent" of the premium or "rubles". */
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    /** The discount in rubles (decimal string), within the cap when it was set. */
    amount: text("amount").notNull(),
    setBy: integer("set_by")
      .notNull()
      .references(() => users.id),
    setAt: timestamp("set_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("calculation_discounts_offer_idx").on(t.calculationId, t.insurerId)],
);

/**
 * A commercial offer made from a saved calculation: the chosen offers and what the client pays
 * for each (frozen when made), and its client link — only the SHA-256 of the link's token is kept.
 */
export const commercialOffers = pgTable(
  "commercial_offers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    calculationId: integer("calculation_id")
      .notNull()
      .references(() => savedCalculations.id),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The calculation's agent (the owner), as for the calculation itself. */
    agentId: integer("agent_id")
      .notNull()
      .references(() => users.id),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    /** The chosen insurers, in order (1–5). */
    insurerIds: jsonb("insurer_ids").notNull(),
    /** Per insurer: { discount, premiumAfter, installmentSchedule } — what the client pays. */
    prices: jsonb("prices").notNull(),
    /** The language the client reads it in. */
    locale: text("locale").notNull(),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    revokedBy: integer("revoked_by").references(() => users.id),
    firstOpenedAt: timestamp("first_opened_at", { withTimezone: true, mode: "date" }),
    lastOpenedAt: timestamp("last_opened_at", { withTimezone: true, mode: "date" }),
    openCount: integer("open_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("commercial_offers_calculation_idx").on(t.calculationId)],
);

export type CommissionRate = typeof commissionRates.$inferSelect;
export type CalculationDiscount = typeof calculationDiscounts.$inferSelect;
export type CommercialOffer = typeof commercialOffers.$inferSelect;
