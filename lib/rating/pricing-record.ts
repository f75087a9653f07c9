import type { CompiledTable } from "./compile-rate-book";
import type { Decimal } from "./decimal";
import type { TLane } from "./rate-book-schema";
import type { TLabel, WorksheetStep } from "./result-types";
import type { BookSlots } from "./select-edition";

/** Where a recorded line's lookup comes from when its worksheet is written. */
export const LookupFrom = {
  /** `lookup` as recorded (a discount set's, or none). */
  Given: 0,
  /** The request's values of `table`'s keys in scope `scopeIndex`, shared by every insurer. */
  Table: 1,
  /** The model id: a base rate found by model. */
  Model: 2,
} as const;
export type LookupFrom = (typeof LookupFrom)[keyof typeof LookupFrom];

/**
 * One line as pricing recorded it: the row's texts and the running amount as a Decimal. Its
 * worksheet line (the amount as text, the lookup as an object) is written only when the
 * worksheet is asked for.
 */
export interface RecordedLine {
  component: TLane;
  factor: string;
  label: TLabel;
  operation: WorksheetStep["operation"];
  matched: string;
  value: string;
  /** The component's running amount after this line. */
  amount: Decimal;
  driver: number | undefined;
  lookupFrom: LookupFrom;
  lookup: WorksheetStep["lookup"] | undefined;
  table: CompiledTable | undefined;
  scopeIndex: number;
}

/** A line after the lanes' (an add-on's price, the sum, a rounding step, the minimum, an add-on added): its figures, turned into text when written. */
export interface RecordedTotal {
  component: "addOn" | "total";
  factor: string;
  label: TLabel;
  matched: string;
  operation: WorksheetStep["operation"];
  value: string | Decimal;
  /** The running total after the line (a premium step's: already its text, with kopecks). */
  total: string | Decimal;
  /** A rate step's rate as a fraction of the sum insured. */
  rate: Decimal | undefined;
  lookup: WorksheetStep["lookup"] | undefined;
}

/** What pricing one quote recorded for its worksheet: each lane's lines in order, then the totals' lines. */
export interface PricingRecord {
  lines: readonly [readonly RecordedLine[], readonly RecordedLine[]];
  totals: readonly RecordedTotal[];
  decisiveDriver: number;
  /** The book's slot numbers in the library it was priced from (for the shared lookups). */
  slots: BookSlots;
}
