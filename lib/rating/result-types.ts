import type { TComponentName } from "./rate-book-schema";
import type { TQuoteRequest } from "./request-schema";

export interface TLabel {
  ru: string;
  en: string;
}

/** One line of a quote's worksheet: what was looked up, the value found and the running figures. */
export interface WorksheetStep {
  component: TComponentName | "total";
  factor: string;
  label: TLabel;
  /** The request values the step looked up, by variable name. */
  lookup: Record<string, string | number | boolean>;
  /** The table row that matched, in words ("default" when none did). */
  matched: string;
  operation: "base" | "multiply" | "add" | "sum" | "round" | "minimum" | "allocate";
  value: string;
  /** Running rate of the component (fraction of the sum insured) after this step; absent on money-only steps. */
  rate?: string;
  /** Running amount in rubles after this step, unrounded until a rounding step. */
  total: string;
  /** For driver tables: the index of the driver who decided the price (undefined elsewhere, omitted in JSON). */
  driver?: number | undefined;
}

export interface QuoteConditions {
  coverage: TQuoteRequest["coverage"];
  sumInsured: string;
  sumInsuredType: TQuoteRequest["sumInsuredType"];
  franchise: TQuoteRequest["franchise"];
  /** The franchise in rubles (a percent franchise converted at the sum insured); "0.00" for none. */
  franchiseAmount: string;
  repair: TQuoteRequest["repair"];
  wearDeduction: boolean;
  installments: TQuoteRequest["installments"];
  drivers: { unlimited: boolean; count: number; decisiveDriver: number | null };
  notes: TLabel[];
}

/** A quote without its worksheet: what the summary response carries per insurer. */
export interface QuoteSummary {
  rank: number;
  insurerId: string;
  insurerName: string;
  insurerNameEn: string;
  premium: string;
  components: Record<TComponentName, string>;
  installments: number;
  installmentAmount: string;
  installmentSchedule: string[];
  rateBook: { id: string; effectiveFrom: string };
}

/** A full quote: the summary's fields, then the policy's conditions and the worksheet. */
export interface Quote extends QuoteSummary {
  conditions: QuoteConditions;
  steps: WorksheetStep[];
}

export const DeclineCode = {
  NoRateBook: "no_rate_book",
  VehicleTooOld: "vehicle_too_old",
  DriverTooYoung: "driver_too_young",
  DriverTooOld: "driver_too_old",
  DriverTooInexperienced: "driver_too_inexperienced",
  PriceTooLow: "price_too_low",
  PriceTooHigh: "price_too_high",
  RegionNotServed: "region_not_served",
  CoverageNotOffered: "coverage_not_offered",
  RepairNotOffered: "repair_not_offered",
  FranchiseNotOffered: "franchise_not_offered",
  InstallmentsNotOffered: "installments_not_offered",
  UnlimitedDriversNotOffered: "unlimited_drivers_not_offered",
  NoRateForVehicle: "no_rate_for_vehicle",
  TariffGap: "tariff_gap",
} as const;
export type DeclineCode = (typeof DeclineCode)[keyof typeof DeclineCode];

export interface DeclineReason {
  /** A DeclineCode, or the code of a rate book's own decline rule. */
  code: string;
  message: TLabel;
}

export interface Declined {
  insurerId: string;
  insurerName: string;
  insurerNameEn: string;
  rateBook: { id: string; effectiveFrom: string } | null;
  reasons: DeclineReason[];
}

export interface ComparisonResponse {
  policyStart: string;
  currency: "RUB";
  quotes: Quote[];
  declined: Declined[];
}

/** A decline in the summary response: the decline codes without their texts. */
export interface DeclinedSummary {
  insurerId: string;
  insurerName: string;
  insurerNameEn: string;
  rateBook: { id: string; effectiveFrom: string } | null;
  codes: string[];
}

/** The comparison without worksheets (`detail=summary`). */
export interface SummaryResponse {
  policyStart: string;
  currency: "RUB";
  quotes: QuoteSummary[];
  declined: DeclinedSummary[];
}
