/**
 * Where a proposed edition of a rate book differs from the edition in force when the two differ
 * only in values: the rows (and defaults) of tables whose coefficients changed, and the models
 * whose base rate changed. Everything else — every table's keys and conditions, the rules, the
 * limits, the discounts, the add-ons, the rounding, the programmes — must be the same, or there is
 * no footprint (undefined) and the proposed edition is priced in full.
 *
 * With a footprint, a request whose lookups find none of those rows, in any of its scopes, and
 * whose model's base rate did not change, reads the same numbers from both editions at every
 * step (the engine reads a table only at the row its conditions find — lookup-table.ts `findRow`,
 * `rowAt`, and rate-plan.ts's combinations of found rows — and the conditions are the same), so
 * the proposed edition gives exactly the premium or the decline codes the current one gave: the
 * impact analysis need not price it. docs/decisions/0031-impact-edit-footprint.md.
 */
import type { CompiledRateBook } from "./compile-rate-book";
import { NO_ROW } from "./lookup-table";
import type { PricingInput } from "./pricing-input";
import { sharedMatch } from "./pricing-input";
import type { TRateBook } from "./rate-book-schema";

/** One table whose values differ: its position in both books' `tables`, the rows changed, whether its default changed. */
export interface ChangedTable {
  position: number;
  rows: ReadonlySet<number>;
  default: boolean;
}

export interface EditFootprint {
  tables: readonly ChangedTable[];
  /** Models whose base rate (any lane's `byModel`) differs, or is given in one edition only. */
  models: ReadonlySet<string>;
}

/** Fields of a rate book no premium or decline code depends on (names the edition, says where it comes from). */
const UNPRICED_FIELDS = ["$schema", "id", "effectiveFrom", "provenance", "notes"] as const;

interface TableLike {
  rows: { value: string; note?: string }[];
  default?: string;
  description?: unknown;
}

/**
 * JSON with every object's keys in sorted order: two books read from differently ordered files (or
 * one migrated from version 1) give the same text when they hold the same. Lists keep their order,
 * which means something (the first matching row, the order of the steps).
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonical(v))).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The book with every coefficient a footprint may hold taken out: two editions that differ only there give the same text. */
function withoutValues(book: TRateBook): string {
  const copy = structuredClone(book) as TRateBook & Record<string, unknown>;
  for (const field of UNPRICED_FIELDS) delete copy[field];
  const blank = (table: TableLike) => {
    delete table.description;
    for (const row of table.rows) {
      row.value = "";
      delete row.note;
    }
    if (table.default !== undefined) table.default = "";
  };
  for (const lane of Object.values(copy.components) as { byModel: Record<string, string>; fallback: TableLike }[]) {
    lane.byModel = {};
    blank(lane.fallback);
  }
  for (const table of copy.factors) blank(table as TableLike);
  for (const programme of copy.programmes) for (const table of programme.factors) blank(table as TableLike);
  return canonical(copy);
}

/** The footprint of `proposed` against `current`, or undefined where they differ in more than values. */
export function editFootprint(current: CompiledRateBook, proposed: CompiledRateBook): EditFootprint | undefined {
  if (current.insurerId !== proposed.insurerId || current.tables.length !== proposed.tables.length) return undefined;
  if (withoutValues(current.source) !== withoutValues(proposed.source)) return undefined;
  const tables: ChangedTable[] = [];
  for (let p = 0; p < current.tables.length; p += 1) {
    const c = current.tables[p]!;
    const n = proposed.tables[p]!;
    // Same source structure: the same table at the same position, with the same conditions.
    if (c.matchKey !== n.matchKey || c.rows.length !== n.rows.length || (c.default === undefined) !== (n.default === undefined)) return undefined;
    const rows = new Set<number>();
    for (let r = 0; r < c.rows.length; r += 1) if (c.rows[r]!.valueText !== n.rows[r]!.valueText) rows.add(r);
    const defaultChanged = c.default?.valueText !== n.default?.valueText;
    if (rows.size > 0 || defaultChanged) tables.push({ position: p, rows, default: defaultChanged });
  }
  const models = new Set<string>();
  for (const lane of Object.keys(current.base) as (keyof CompiledRateBook["base"])[]) {
    const c = current.base[lane]!.byModel;
    const n = proposed.base[lane]?.byModel;
    if (n === undefined) return undefined;
    for (const [model, row] of c) if (n.get(model)?.valueText !== row.valueText) models.add(model);
    for (const model of n.keys()) if (!c.has(model)) models.add(model);
  }
  return { tables, models };
}

/**
 * Whether the request, prepared in `input` and priced with the current edition just before (so its
 * scopes hold the programme both editions choose), would read anything the footprint holds from
 * `proposed`: its model's base rate, or a changed row or default of a changed table in the
 * policy's scope or any driver's. False: `proposed` prices it exactly as the current edition did.
 */
export function touchesFootprint(footprint: EditFootprint, proposed: CompiledRateBook, input: PricingInput): boolean {
  if (footprint.models.has(input.request.vehicle.modelId)) return true;
  const { tables } = footprint;
  if (tables.length === 0) return false;
  const saved = input.bookSlots;
  input.bookSlots = input.slots.of(proposed);
  try {
    for (let t = 0; t < tables.length; t += 1) {
      const changed = tables[t]!;
      const table = proposed.tables[changed.position]!;
      if (reads(changed, sharedMatch(input, table, 0, input.scope))) return true;
      const drivers = input.driverScopes;
      for (let d = 0; d < drivers.length; d += 1) if (reads(changed, sharedMatch(input, table, d + 1, drivers[d]!))) return true;
    }
    return false;
  } finally {
    input.bookSlots = saved;
  }
}

/** Whether findRow's answer `found` stands for a changed row, or for a changed default. */
const reads = (changed: ChangedTable, found: number) => (found >= 0 ? changed.rows.has(found) : found === NO_ROW && changed.default);
