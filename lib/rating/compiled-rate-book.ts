// What a compiled rate book is: the shapes compileRateBook (compile-rate-book.ts) makes once per
// edition and the engine walks on every request.
import type { Decimal } from "./decimal";
import type { DiscountSet } from "./discount-sets";
import type { TVariableValue } from "./derive-variables";
import type { TAddOnId, TProgrammeLevel, TRisk } from "./options";
import type { TLane, TRateBook } from "./rate-book-schema";
import type { QuoteProgramme, QuoteProvenance } from "./result-types";
import type { Scaled } from "./scaled";
import type { TRatingVariable } from "./variables";

export type TPredicate = (value: TVariableValue) => boolean;

/** Conditions as parallel arrays (the variable in scope slot i must satisfy predicate i): the hot loop indexes them. */
export interface CompiledTests {
  slots: readonly number[];
  predicates: readonly TPredicate[];
}

export interface CompiledRow {
  tests: CompiledTests;
  value: Decimal;
  /** `value` as written in the rate book, for the worksheet. */
  valueText: string;
  /** `value`'s significant digits: how many a product grows by when multiplied by it (see price-rates.ts). */
  digits: number;
  /** `value` as a scaled integer, for the summary's arithmetic (scaled.ts). */
  scaled: Scaled;
  /** Whether applying the row changes nothing (×1, resp. +0): the engine then skips the arithmetic, not the step. */
  neutralMultiply: boolean;
  neutralAdd: boolean;
  /** The row's conditions in words, for the worksheet ("driver.age 35–49; driver.experienceYears ≥ 10"). */
  description: string;
}

export interface CompiledTable {
  id: string;
  label: { ru: string; en: string };
  appliesTo: readonly TLane[];
  operation: "multiply" | "add";
  keys: readonly TRatingVariable[];
  /** The keys' scope slots. */
  slots: readonly number[];
  /**
   * The key list as text: tables with the same one share a worksheet lookup object. The library
   * the book is built into gives each such text a number (select-edition.ts, `LibrarySlots`).
   */
  lookupKey: string;
  /**
   * The keys and row conditions as text: tables with the same one (in any rate book) find the row
   * at the same position for any request, so a request looks it up once for all of them.
   */
  matchKey: string;
  /** The table's position in its book's `tables` (-1: an add-on's price, never shared). */
  position: number;
  /**
   * Whether a request's row and lookup may be shared with other books' tables: not for tables
   * over `program` or an add-on's options, whose values differ between books and add-ons.
   */
  shareable: boolean;
  perDriver: boolean;
  rows: readonly CompiledRow[];
  /** For one-key tables of exact values: the position of the first matching row by value, so lookups skip the scan. */
  index: ReadonlyMap<string | number | boolean, number> | undefined;
  default: CompiledRow | undefined;
  /** The lanes this table touches under each coverage (empty: skip the table). */
  componentsFor: Readonly<Record<"full" | "damage" | "theft", readonly TLane[]>>;
}

export interface CompiledRule {
  code: string;
  tests: CompiledRow["tests"];
  reason: { ru: string; en: string };
}

export interface CompiledDiscount {
  id: string;
  label: { ru: string; en: string };
  tests: CompiledRow["tests"];
  percent: Decimal;
}

/** A factor table as the engine walks it under one coverage: the table and the lanes it touches. */
export interface PlannedFactor {
  table: CompiledTable;
  components: readonly TLane[];
  /** The table's position among the programme's per-driver tables under this coverage (-1 for policy tables). */
  driverIndex: number;
}

export interface CoveragePlan {
  /** The lanes priced under this coverage (empty: the coverage is not offered). */
  lanes: readonly TLane[];
  factors: readonly PlannedFactor[];
  /** The per-driver tables that apply under this coverage, in order. */
  driverTables: readonly CompiledTable[];
}

/** Limits a programme or an add-on sets on top of the book's. */
export interface CompiledLimits {
  maxVehicleAgeYears: number | undefined;
  minPrice: Decimal | undefined;
  maxPrice: Decimal | undefined;
  coverages: ReadonlySet<string> | undefined;
  franchiseTypes: ReadonlySet<string> | undefined;
  declineWhen: readonly CompiledRule[];
}

export interface CompiledProgramme {
  id: string;
  name: { ru: string; en: string };
  description: { ru: string; en: string };
  level: TProgrammeLevel;
  risks: readonly TRisk[];
  pricing: "formula" | "flat";
  /** Declared in the book (false: the default programme of a book that declares none). */
  declared: boolean;
  /** Flat programmes: the rate, as a fraction of the sum insured. */
  flatRate: CompiledRow | undefined;
  minimumPremium: Decimal;
  /** The shared tables, then the programme's own, worked out per coverage. */
  plans: Readonly<Record<"full" | "damage" | "theft", CoveragePlan>>;
  limits: CompiledLimits;
  /** The add-ons sold with this programme (undefined: all of the book's). */
  addOns: ReadonlySet<string> | undefined;
  /** What a quote for it says (undefined for the default programme). */
  quoteProgramme: QuoteProgramme | undefined;
}

export interface CompiledAddOn {
  id: TAddOnId;
  name: { ru: string; en: string };
  apply: "beforeRounding" | "afterRounding";
  basis: "rate" | "amount";
  /** The price: a table (with no keys, only a default, for a single value). */
  price: CompiledTable;
  maxVehicleAgeYears: number | undefined;
  declineWhen: readonly CompiledRule[];
}

export interface CompiledRoundingStep {
  id: string;
  label: { ru: string; en: string };
  target: "ratePercent" | "premium";
  decimals: number;
  /** The worksheet's `matched` text. */
  matched: string;
}

/** A rate book made ready for pricing: decimals parsed and conditions turned into predicates, once. */
export interface CompiledRateBook {
  /** The validated book in format 2 (a version-1 book migrated). */
  source: TRateBook;
  /** The book as written, in its own version with defaults filled in (what is stored; `source` unless loaded by loadRateBook). */
  written: unknown;
  id: string;
  insurerId: string;
  insurerName: { ru: string; en: string };
  effectiveFrom: string;
  /** One component for everything (`components.single`): no damage/theft split. */
  single: boolean;
  /** The base rate of each lane the book prices (damage and theft, or single). */
  base: Partial<Record<TLane, { label: { ru: string; en: string }; byModel: ReadonlyMap<string, CompiledRow>; fallback: CompiledTable }>>;
  factors: readonly CompiledTable[];
  /** Every table that may share a request's lookups (base fallbacks, shared and programme tables), by `position`. */
  tables: readonly CompiledTable[];
  /** The programmes, as declared (one default programme when none is). */
  programmes: readonly CompiledProgramme[];
  /** The programme closest to full cover (most risks; the first on a tie), and likewise per level. */
  fullest: CompiledProgramme;
  fullestByLevel: ReadonlyMap<string, CompiledProgramme>;
  addOns: ReadonlyMap<string, CompiledAddOn>;
  /** Coefficients of the policy terms the book lists, by months. */
  policyTerms: ReadonlyMap<number, CompiledRow>;
  roundingSteps: readonly CompiledRoundingStep[];
  /** The premium's decimals after the last rounding step. */
  premiumDecimals: number;
  /** Whether any table or rule reads `allowedDrivers` (else a request giving it is declined). */
  readsAllowedDrivers: boolean;
  declineWhen: readonly CompiledRule[];
  /** Whether any decline rule looks at driver variables (then it is checked per driver). */
  declineWhenPerDriver: boolean;
  discounts: readonly CompiledDiscount[];
  maxDiscountPercent: Decimal;
  /** Every combination of the discounts worked out, by bit mask of the applying ones (see discount-sets.ts). */
  discountSets: readonly DiscountSet[] | undefined;
  minimumPremium: Decimal;
  minPrice: Decimal | undefined;
  maxPrice: Decimal | undefined;
  regionsServed: ReadonlySet<string> | undefined;
  /** A published tariff's source, for its quotes (undefined: demonstration values). */
  quoteProvenance: QuoteProvenance | undefined;
}
