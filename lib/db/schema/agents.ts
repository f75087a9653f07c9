// Server-only: the agents' workspace tables.
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./core";

// ---------------------------------------------------------------------------------------------
// Agents' workspace: agencies, their agents, clients (personal data under 152-ФЗ, with consents)
// and calculations saved for clients. See docs/decisions/0010-agencies-and-clients.md.
// ---------------------------------------------------------------------------------------------

export const agencies = pgTable("agencies", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  /** Short lowercase name used on the command line (`--agency <slug>`). */
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  phone: text("phone").notNull().default(""),
  email: text("email").notNull().default(""),
  address: text("address").notNull().default(""),
  createdAt: createdAt(),
});

/** Every `agent` account belongs to exactly one agency; a head sees the whole agency's work. */
export const agencyMembers = pgTable(
  "agency_members",
  {
    userId: integer("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    isHead: boolean("is_head").notNull().default(false),
    /** The agent's work phone, shown on commercial offers. */
    phone: text("phone").notNull().default(""),
  },
  (t) => [index("agency_members_agency_idx").on(t.agencyId)],
);

export const clients = pgTable(
  "clients",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The agent who owns the client. */
    agentId: integer("agent_id")
      .notNull()
      .references(() => users.id),
    /** Personal fields: all null once the client is erased. */
    name: text("name"),
    phone: text("phone"),
    email: text("email"),
    birthDate: date("birth_date", { mode: "string" }),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).defaultNow().notNull(),
    erasedAt: timestamp("erased_at", { withTimezone: true, mode: "date" }),
    erasedBy: integer("erased_by").references(() => users.id),
  },
  (t) => [index("clients_agency_idx").on(t.agencyId), index("clients_agent_idx").on(t.agentId)],
);

export const consentKindEnum = pgEnum("consent_kind", ["processing", "transfer"]);

/** A consent as given: who recorded it, when, from which address, and which text was shown. */
export const clientConsents = pgTable(
  "client_consents",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id),
    kind: consentKindEnum("kind").notNull(),
    /** The version of the consent text shown (lib/agent/consent-texts.ts). */
    textVersion: text("text_version").notNull(),
    locale: text("locale").notNull(),
    givenAt: timestamp("given_at", { withTimezone: true, mode: "date" }).notNull(),
    givenBy: integer("given_by")
      .notNull()
      .references(() => users.id),
    givenIp: text("given_ip").notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true, mode: "date" }),
    withdrawnBy: integer("withdrawn_by").references(() => users.id),
    withdrawnIp: text("withdrawn_ip"),
  },
  (t) => [index("client_consents_client_idx").on(t.clientId)],
);

/** A client's car, kept to prefill the calculator (deleted when the client is erased). */
export const clientVehicles = pgTable(
  "client_vehicles",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    modelId: text("model_id").notNull(),
    year: integer("year").notNull(),
    /** Rubles, a decimal string. */
    price: text("price").notNull(),
    powerHp: integer("power_hp"),
    /** The region code of the car's registration (two digits), to prefill the calculator. */
    region: text("region"),
    createdAt: createdAt(),
  },
  (t) => [index("client_vehicles_client_idx").on(t.clientId)],
);

/** A driver the client insures, kept to prefill the calculator (deleted when the client is erased). */
export const clientDrivers = pgTable(
  "client_drivers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    name: text("name").notNull().default(""),
    age: integer("age").notNull(),
    experienceYears: integer("experience_years").notNull(),
    sex: text("sex"),
    married: boolean("married"),
    hasChildren: boolean("has_children"),
    createdAt: createdAt(),
  },
  (t) => [index("client_drivers_client_idx").on(t.clientId)],
);

/**
 * A calculation saved for a client: the request and the whole response exactly as priced, with
 * the published editions used. Never updated: a re-quote is a new row pointing at this one.
 */
export const savedCalculations = pgTable(
  "saved_calculations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    agentId: integer("agent_id")
      .notNull()
      .references(() => users.id),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id),
    /** The quote request (the API's JSON format). */
    request: jsonb("request").notNull(),
    /** The quote response as priced (the API's JSON format, worksheets included). */
    response: jsonb("response").notNull(),
    /** The published editions priced with: [{ insurerId, versionId, effectiveFrom }]. */
    editions: jsonb("editions").notNull(),
    pricedAt: timestamp("priced_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The last day the quote holds by default (14 days); an insurer's new edition may end it sooner. */
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    /** The calculation this one re-quotes, if any. */
    requoteOfId: integer("requote_of_id"),
  },
  (t) => [
    index("saved_calculations_agency_idx").on(t.agencyId),
    index("saved_calculations_agent_idx").on(t.agentId),
    index("saved_calculations_client_idx").on(t.clientId),
  ],
);

export type Agency = typeof agencies.$inferSelect;
export type AgencyMember = typeof agencyMembers.$inferSelect;
export type Client = typeof clients.$inferSelect;
export type ClientConsent = typeof clientConsents.$inferSelect;
export type ClientVehicle = typeof clientVehicles.$inferSelect;
export type ClientDriver = typeof clientDrivers.$inferSelect;
export type SavedCalculation = typeof savedCalculations.$inferSelect;
