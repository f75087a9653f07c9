/** What a rate-book diff reports: the change records and their counts. */
export type RateBookChangeKind = "added" | "removed" | "changed";
export type RateBookArea = "base" | "factor" | "eligibility" | "discounts" | "general";

export interface RateBookChange {
  kind: RateBookChangeKind;
  area: RateBookArea;
  /** The factor table's id (area "factor"). */
  tableId?: string;
  /** The component of a base rate (area "base"). */
  component?: "damage" | "theft";
  /**
   * The row: its conditions in words for table rows ("driver.age 18–22 × driver.experienceYears 0–2",
   * ranges half-open as in the rate book: 18–22 is 18 ≤ age < 22), the model id for base rates,
   * the id of a discount, the code of a decline rule.
   */
  rowKey?: string;
  /**
   * What changed: "value", "default", "label.ru", "maxVehicleAgeYears", …; "row", "table",
   * "discount", "declineRule", "component" when a whole element was added or removed; "when" when
   * a row's conditions were edited in place; "position" when an element moved (before/after are
   * 1-based positions).
   */
  field: string;
  /** Path in the rate-book JSON ("factors.3.rows.5.value"): in `after`, or in `before` for removals. */
  path: string;
  before?: string;
  after?: string;
}

export interface RateBookDiffSummary {
  total: number;
  byKind: Record<RateBookChangeKind, number>;
  byArea: Record<RateBookArea, number>;
  /** Counts by area, then kind. */
  byAreaAndKind: Record<RateBookArea, Record<RateBookChangeKind, number>>;
}
