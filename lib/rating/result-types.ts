import type { TAddOnId, TProgrammeLevel, TRisk } from "./options";
import type { TComponentName, TLane } from "./rate-book-schema";
import type { TQuoteRequest } from "./request-schema";

export interface TLabel {
  ru: string;
  en: string;
}

/** One line of a quote's worksheet: what was looked up, the value found and the running figures. */
export interface WorksheetStep {
  /** The priced part the line belongs to (`single` in a single-component book or a flat programme), an add-on, or the total. */
  component: TLane | "addOn" | "total";
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

/** The programme a quote is for (only when the rate book declares programmes). */
export interface QuoteProgramme {
  id: string;
  name: TLabel;
  description: TLabel;
  level: TProgrammeLevel;
  risks: TRisk[];
  /** `flat`: a flat rate of the sum insured (no damage/theft split). */
  pricing: "formula" | "flat";
}

/** An add-on's line in the premium's breakdown. */
export interface QuoteAddOn {
  id: TAddOnId;
  name: TLabel;
  /** Its part of the premium, in rubles ("2350.00"). */
  amount: string;
  apply: "beforeRounding" | "afterRounding";
  /** The add-on's own options as asked (ДСАГО's sum insured, a trailer). */
  sumInsured?: string | undefined;
  trailer?: boolean | undefined;
}

/** A published tariff's source (absent on a quote: a demonstration tariff). */
export interface QuoteProvenance {
  kind: "published";
  source: string;
  publishedOn: string;
}

/**
 * A quote without its worksheet: what the summary response carries per insurer. The optional
 * fields are present only when they say something (a version-1 book's quote has none of them).
 */
export interface QuoteSummary {
  rank: number;
  insurerId: string;
  insurerName: string;
  insurerNameEn: string;
  /** The whole premium: the cover's part plus every add-on. */
  premium: string;
  /** The cover's part split between damage and theft; null when the book or programme prices one component (no split). */
  components: Record<TComponentName, string> | null;
  installments: number;
  installmentAmount: string;
  installmentSchedule: string[];
  rateBook: { id: string; effectiveFrom: string };
  /** Present when the rate book declares programmes. */
  programme?: QuoteProgramme | undefined;
  /** Present when add-ons were asked for: each one's part of the premium. */
  addOns?: QuoteAddOn[] | undefined;
  /** Present with add-ons: the premium without them (components add up to it). */
  coverPremium?: string | undefined;
  /** Present for a policy shorter than a year. */
  policyTermMonths?: number | undefined;
  /** Present for a published tariff; absent: demonstration values. */
  provenance?: QuoteProvenance | undefined;
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
  /** The asked programme (by level or by id) is not one of the book's. */
  ProgrammeNotOffered: "programme_not_offered",
  /** The programme's own limits (age, price, coverage, franchise, its decline rules) rule the request out. */
  ProgrammeNotAvailable: "programme_not_available",
  /** The book (or the chosen programme) does not sell an asked add-on. */
  AddOnNotOffered: "add_on_not_offered",
  /** An asked add-on's own limits rule it out (e.g. GAP only for cars up to 3 years old). */
  AddOnNotAvailable: "add_on_not_available",
  /** An asked add-on's price table needs an option the request did not give (ДСАГО's sum insured), or has no value for it. */
  AddOnNotPriced: "add_on_not_priced",
  /** The book offers no policy of the asked length. */
  PolicyTermNotOffered: "policy_term_not_offered",
  /** The request gives a number of allowed drivers; the book prices named drivers only. */
  AllowedDriversNotOffered: "allowed_drivers_not_offered",
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
