// Server-only: the renewals' and price alerts' tables.
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { insurers, rateBookVersions, users } from "./core";
import { agencies, clients, savedCalculations } from "./agents";

// ---------------------------------------------------------------------------------------------
// Renewals: policies the agents' clients bought from a saved calculation (the agent's book).
// See docs/decisions/0014-renewals.md.
// ---------------------------------------------------------------------------------------------

/** A policy a client bought from a saved calculation; owned like the calculation. */
export const policies = pgTable(
  "policies",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    calculationId: integer("calculation_id")
      .notNull()
      .references(() => savedCalculations.id),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The calculation's agent (the owner). */
    agentId: integer("agent_id")
      .notNull()
      .references(() => users.id),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id),
    insurerId: text("insurer_id")
      .notNull()
      .references(() => insurers.id),
    /** The premium the client paid, rubles as a decimal string. */
    premiumPaid: text("premium_paid").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    recordedBy: integer("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The latest renewal quote made for this policy, if any. */
    renewalCalculationId: integer("renewal_calculation_id").references(() => savedCalculations.id),
    // --- Corrections and cancellation (the changes themselves are in the audit log) ---
    /** Set when the agent marks the policy cancelled: it leaves the renewals list and the feed. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true, mode: "date" }),
    cancelledBy: integer("cancelled_by").references(() => users.id),
  },
  (t) => [index("policies_agency_end_idx").on(t.agencyId, t.endDate), index("policies_agent_idx").on(t.agentId), index("policies_calculation_idx").on(t.calculationId)],
);

/**
 * An agent's reminders-feed (iCalendar) token: only its SHA-256 is kept. One per agent;
 * regenerating replaces it, revoking deletes it.
 */
export const calendarFeedTokens = pgTable("calendar_feed_tokens", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});

/**
 * Price-change alerts: per agent and published edition, which of the agent's open quotes and
 * renewals due the edition prices differently (old and new premium per insurer), computed once
 * on the agent's first visit after the publication. See docs/decisions/0015-price-alerts.md.
 */
export const priceAlerts = pgTable(
  "price_alerts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    agentId: integer("agent_id")
      .notNull()
      .references(() => users.id),
    versionId: integer("version_id")
      .notNull()
      .references(() => rateBookVersions.id),
    /** [{ kind, calculationId, policyId, clientId, insurerId, before, after, changePercent }], no personal data. */
    items: jsonb("items").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("price_alerts_agent_version_uq").on(t.agentId, t.versionId)],
);

export type Policy = typeof policies.$inferSelect;
