import type { CompiledTable } from "./compile-rate-book";
import type { Decimal } from "./decimal";
import type { TComponentName } from "./rate-book-schema";
import type { TLabel, WorksheetStep } from "./result-types";

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
  component: TComponentName;
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

/** The figures of the total's lines: enough to write them again without pricing. */
export interface RecordedTotals {
  sum: Decimal;
  /** With rate rounding: the rate in percent as rounded and the premium it gives (else undefined). */
  ratePercent: Decimal | undefined;
  rated: Decimal | undefined;
  /** Whether the minimum premium replaced the amount. */
  minimum: boolean;
  premiumText: string;
}

/** What pricing one quote recorded for its worksheet: each component's lines in order, then the totals. */
export interface PricingRecord {
  lines: readonly [readonly RecordedLine[], readonly RecordedLine[]];
  totals: RecordedTotals;
  decisiveDriver: number;
}
