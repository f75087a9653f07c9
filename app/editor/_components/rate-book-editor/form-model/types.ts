/** The form model's shapes: one per part of the rate book, and the lists of fields the editor knows. */
import type { LintIssue } from "@/lib/editor/lint-rate-book";
import type { Obj } from "./values";
import type { V2Form } from "./v2";

/** An issue found by the editor itself (a cell that does not parse) or by lintRateBook. */
export type EditorIssue = Omit<LintIssue, "code"> & { code: string };

export interface RowForm {
  uid: string;
  /** Condition text per key variable. */
  cells: Record<string, string>;
  /** The row's `when` as loaded: a cell the editor has not touched writes its original condition back. */
  origWhen: Obj;
  /** Cells the editor has typed in (a variable, "value"): only those are read from their text. */
  touched: Readonly<Record<string, true>>;
  /** Coefficient (factor tables) or percent (fallback tables), as typed. */
  value: string;
  note: string;
  orig: Obj;
}

export interface TableForm {
  uid: string;
  orig: Obj;
  id: string;
  labelRu: string;
  labelEn: string;
  appliesTo: string[];
  operation: string;
  keys: string[];
  default: string;
  rows: RowForm[];
}

export interface FallbackForm {
  orig: Obj;
  keys: string[];
  rows: RowForm[];
}

export interface ModelRateForm {
  uid: string;
  model: string;
  /** Percent text, "" for none. */
  damage: string;
  theft: string;
  orig: { damage: unknown; theft: unknown };
}

export interface DiscountForm {
  uid: string;
  orig: Obj;
  id: string;
  labelRu: string;
  labelEn: string;
  cells: Record<string, string>;
  origWhen: Obj;
  touched: Readonly<Record<string, true>>;
  percent: string;
}

export interface NoteForm {
  uid: string;
  orig: Obj;
  ru: string;
  en: string;
}

export const OPTION_LISTS = ["coverages", "repairOptions", "franchiseTypes", "installments"] as const;
export type OptionList = (typeof OPTION_LISTS)[number];
export const ELIGIBILITY_INTS = ["maxVehicleAgeYears", "minDriverAge", "maxDriverAge", "minDriverExperienceYears"] as const;
export const ELIGIBILITY_DECIMALS = ["minPrice", "maxPrice"] as const;

export interface EligibilityForm {
  orig: Obj;
  ints: Record<(typeof ELIGIBILITY_INTS)[number], string>;
  decimals: Record<(typeof ELIGIBILITY_DECIMALS)[number], string>;
  regionsServed: string;
  /** undefined: as loaded (absent or not a list). */
  lists: Record<OptionList, (string | number)[] | undefined>;
  unlimitedDrivers: boolean | undefined;
}

/** The agent's discount from commission: the cap (percent text, "" for none) and its condition. */
export interface AgentDiscountForm {
  orig: Obj;
  maxPercent: string;
  singlePaymentOnly: boolean;
}

export interface RateBookForm {
  orig: Obj;
  /** Shown, not edited: publishing sets the date (and the id). */
  effectiveFrom: string;
  models: ModelRateForm[];
  fallback: { damage: FallbackForm; theft: FallbackForm };
  factors: TableForm[];
  eligibility: EligibilityForm;
  discounts: { orig: Obj; maxTotalPercent: string; keys: string[]; items: DiscountForm[] };
  agentDiscount: AgentDiscountForm;
  minimumPremium: string;
  rounding: { orig: Obj; ratePercentDecimals: string; premiumDecimals: string };
  notes: NoteForm[];
  /** Programmes, add-ons, short-term policies and rounding steps (format 2). */
  v2: V2Form;
}

export const COMPONENTS = ["damage", "theft"] as const;
export type Component = (typeof COMPONENTS)[number];
