// Server-only: the core tables — accounts, sessions, login throttling, insurers, rate-book
// versions and the audit log.
import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

export const roleEnum = pgEnum("role", ["editor", "admin", "agent"]);
/** A version is a draft until published; a published version is never changed again. */
export const versionStatusEnum = pgEnum("version_status", ["draft", "published", "discarded"]);


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
