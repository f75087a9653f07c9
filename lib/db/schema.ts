// Server-only: the database schema (drizzle). One schema for embedded PGlite and PostgreSQL.
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["editor", "admin", "agent"]);
/** A version is a draft until published; a published version is never changed again. */
export const versionStatusEnum = pgEnum("version_status", ["draft", "published", "discarded"]);

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).defaultNow().notNull();

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: roleEnum("role").notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: createdAt(),
  disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
});

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the session token; the token itself lives only in the user's cookie. */
    id: text("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const insurers = pgTable("insurers", {
  id: text("id").primaryKey(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
  createdAt: createdAt(),
});

export const rateBookVersions = pgTable(
  "rate_book_versions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    insurerId: text("insurer_id").notNull().references(() => insurers.id),
    status: versionStatusEnum("status").notNull(),
    /** Published: the date it takes effect. Draft: the date it is meant for (may be empty). */
    effectiveFrom: date("effective_from", { mode: "string" }),
    /** The rate book, in the same JSON format as data/rate-books/. */
    body: jsonb("body").notNull(),
    basedOnId: integer("based_on_id"),
    /** Bumped by every save of a draft: a save based on an older revision is refused. */
    revision: integer("revision").notNull().default(1),
    note: text("note").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).defaultNow().notNull(),
    publishedBy: integer("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("rate_book_versions_insurer_idx").on(t.insurerId, t.status),
    // Two published editions of one insurer never share an effective date.
    uniqueIndex("rate_book_versions_published_date_uq").on(t.insurerId, t.effectiveFrom).where(sql`${t.status} = 'published'`),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).defaultNow().notNull(),
    userId: integer("user_id").references(() => users.id),
    action: text("action").notNull(),
    insurerId: text("insurer_id"),
    versionId: integer("version_id"),
    details: jsonb("details").notNull().default({}),
  },
  (t) => [index("audit_log_at_idx").on(t.at)],
);

export type User = typeof users.$inferSelect;
export type RateBookVersion = typeof rateBookVersions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Login throttling (docs/decisions/0008-login-abuse-and-hardening.md): one row per key — an
// address and IP pair, an IP, an account — counted by one atomic upsert, so every instance on
// one PostgreSQL shares the counts and parallel guesses cannot slip past them.

export const loginThrottle = pgTable(
  "login_throttle",
  {
    /** "pair:<sha-256>", "ip:<sha-256>" or "account:<sha-256>" (no address or IP in clear). */
    key: text("key").primaryKey(),
    /** Attempts since `window_started_at` (a success removes the pair's row). */
    attempts: integer("attempts").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("login_throttle_window_idx").on(t.windowStartedAt)],
);

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
