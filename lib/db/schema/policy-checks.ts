// Server-only: policy checks saved for the agents' clients.
import { date, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { insurers, users } from "./core";
import { agencies, clients, savedCalculations } from "./agents";

// ---------------------------------------------------------------------------------------------
// Policy checks saved for clients: the inputs, the editions used and the whole result as checked,
// with the time and the agent. Never updated: checking again is a new row.
// See docs/decisions/0013-policy-check.md.
// ---------------------------------------------------------------------------------------------

export const policyChecks = pgTable(
  "policy_checks",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** The client's agent (the owner), like a saved calculation's. */
    agentId: integer("agent_id")
      .notNull()
      .references(() => users.id),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id),
    /** The saved calculation the check was opened from, if any. */
    calculationId: integer("calculation_id").references(() => savedCalculations.id),
    insurerId: text("insurer_id")
      .notNull()
      .references(() => insurers.id),
    policyStart: date("policy_start", { mode: "string" }).notNull(),
    /** The premium paid, rubles as a decimal string. */
    paid: text("paid").notNull(),
    /** The policy's conditions (the quote API's request format). */
    request: jsonb("request").notNull(),
    /** The check's query string (the calculator's parameters plus ins and paid): to check again. */
    query: text("query").notNull(),
    /** The whole result as checked (lib/check PolicyCheck, worksheet included). */
    result: jsonb("result").notNull(),
    /** The published editions used: [{ insurerId, versionId, effectiveFrom, role: "checked" | "other" }]. */
    editions: jsonb("editions").notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }).notNull(),
    /** Who ran and saved it (a head may check for an agent's client). */
    checkedBy: integer("checked_by")
      .notNull()
      .references(() => users.id),
  },
  (t) => [index("policy_checks_client_idx").on(t.clientId), index("policy_checks_agency_idx").on(t.agencyId)],
);

export type PolicyCheckRow = typeof policyChecks.$inferSelect;
