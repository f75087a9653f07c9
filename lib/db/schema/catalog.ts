// Server-only: the vehicle catalog in the database (docs/decisions/0022-open-vehicle-catalog.md).
// Seeded from data/catalog/vehicles.json; editors add, change and remove models. A removed model
// keeps its row (marked removed), so nothing an editor wrote is ever lost and saved calculations
// can still name it.
import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./core";

export const catalogModels = pgTable("catalog_models", {
  /** The model id rate books and requests use ("hyundai-solaris"); never changes. */
  id: text("id").primaryKey(),
  /** The model in the data/catalog/vehicles.json format. */
  body: jsonb("body").notNull(),
  /** Bumped by every change (also removal): a save names the revision it started from. */
  revision: integer("revision").notNull().default(1),
  removedAt: timestamp("removed_at", { withTimezone: true, mode: "date" }),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
  updatedBy: integer("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).defaultNow().notNull(),
});

export type CatalogModelRow = typeof catalogModels.$inferSelect;
