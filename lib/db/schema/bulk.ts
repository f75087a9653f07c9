// Server-only: bulk quoting's tables — the client lists agents upload, the jobs quoting them, their
// results, and each agent's remembered column mapping. See docs/decisions/0016-bulk-quoting.md.
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./core";
import { agencies } from "./agents";

// ---------------------------------------------------------------------------------------------
// Bulk quoting: one job per uploaded client list. The list's rows stay with the job until it is
// deleted (by the agent, or BULK_RETENTION_DAYS after the upload); results are written in chunks
// as the job runs, so a restarted server resumes where it stopped.
// ---------------------------------------------------------------------------------------------

export const bulkJobs = pgTable(
  "bulk_jobs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The agent who uploaded the list (the owner). */
    agentId: integer("agent_id")
      .notNull()
      .references(() => users.id),
    fileName: text("file_name").notNull(),
    encoding: text("encoding").notNull(),
    separator: text("separator").notNull(),
    /** The file's column headers. */
    headers: jsonb("headers").$type<string[]>().notNull(),
    /** The data rows as read (strings), until the job is deleted. */
    rows: jsonb("rows").$type<string[][]>().notNull(),
    rowCount: integer("row_count").notNull(),
    /** Each column's use (a request field, "keep" or ""), in column order. */
    mapping: jsonb("mapping").$type<string[]>().notNull(),
    /** mapping → queued → running → done (or failed). */
    status: text("status").notNull().default("mapping"),
    rowsDone: integer("rows_done").notNull().default(0),
    rowsQuoted: integer("rows_quoted").notNull().default(0),
    rowsInvalid: integer("rows_invalid").notNull().default(0),
    /** The insurers priced (id and names), fixed when the job starts: the results' columns. */
    insurers: jsonb("insurers").$type<{ id: string; nameRu: string; nameEn: string }[]>(),
    /** The date the rows without a policy start were priced for (YYYY-MM-DD). */
    pricedFor: text("priced_for"),
    error: text("error"),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }),
    /** Renewed by the process working on the job; an old one means nobody is (a restart). */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true, mode: "date" }),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("bulk_jobs_agent_idx").on(t.agentId, t.createdAt), index("bulk_jobs_status_idx").on(t.status), index("bulk_jobs_expires_idx").on(t.expiresAt)],
);

/** A job's results, one row per chunk of rows, written in one transaction with the job's progress. */
export const bulkJobChunks = pgTable(
  "bulk_job_chunks",
  {
    jobId: integer("job_id")
      .notNull()
      .references(() => bulkJobs.id, { onDelete: "cascade" }),
    chunk: integer("chunk").notNull(),
    /** RowResult[] (lib/bulk/price-rows.ts). */
    results: jsonb("results").notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.chunk] })],
);

/** Each agent's remembered column mapping: normalised header → use. */
export const bulkColumnMappings = pgTable("bulk_column_mappings", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  mapping: jsonb("mapping").$type<Record<string, string>>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
});

export type BulkJob = typeof bulkJobs.$inferSelect;
