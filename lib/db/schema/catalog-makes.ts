// Server-only: the vehicle makes in the database (docs/decisions/0027-editable-makes.md). Seeded
// from data/catalog/makes.json; editors add makes and change their names and spellings. A removed
// make keeps its row (marked removed), as removed models do.
import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./core";

export const catalogMakes = pgTable("catalog_makes", {
  /** The make's catalog name, as each model's `make` gives it ("Hyundai"); never changes. */
  name: text("name").primaryKey(),
  /** The make in the data/catalog/makes.json format. */
  body: jsonb("body").notNull(),
  /** Bumped by every change (also removal): a save names the revision it started from. */
  revision: integer("revision").notNull().default(1),
  removedAt: timestamp("removed_at", { withTimezone: true, mode: "date" }),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
  updatedBy: integer("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).defaultNow().notNull(),
});

export type CatalogMakeRow = typeof catalogMakes.$inferSelect;
