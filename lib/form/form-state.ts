import { ANTI_THEFT, COVERAGES, PARKING, REPAIR_OPTIONS, type TAddOnId, type TProgrammeLevel } from "@/lib/rating/options";

export type Tri = "" | "yes" | "no";

/** One driver as typed in the form: text fields stay text so nothing typed is ever lost. */
export interface DriverFields {
  age: string;
  experience: string;
  sex: "" | "male" | "female";
  married: Tri;
  children: Tri;
}

export const FRANCHISE_KINDS = ["none", "fixed", "percent", "fromSecondClaim"] as const;
export type FranchiseKind = (typeof FRANCHISE_KINDS)[number];

/** The calculator form, exactly as the user filled it in (and as the URL carries it). */
export interface FormState {
  model: string;
  year: string;
  price: string;
  power: string;
  antiTheft: (typeof ANTI_THEFT)[number];
  parking: (typeof PARKING)[number];
  credit: boolean;
  region: string;
  drivers: DriverFields[];
  unlimited: boolean;
  bonusMalus: string;
  coverage: (typeof COVERAGES)[number];
  franchise: FranchiseKind;
  franchiseAmount: string;
  franchisePercent: string;
  repair: (typeof REPAIR_OPTIONS)[number];
  wear: boolean;
  aggregate: boolean;
  /** "1" … "12" payments. */
  installments: string;
  start: string;
  switching: boolean;
  telematics: boolean;
  /** Bought new from a dealer. */
  isNew: boolean;
  /** The first registration date, YYYY-MM-DD as a date input gives it ("" for not said). */
  registeredOn: string;
  /** The bank holding the loan (only read with credit), "" for not said. */
  creditor: string;
  /** A number of drivers allowed ("" for the named list only). */
  allowedDrivers: string;
  /** The programme level asked of every insurer ("" = each insurer's programme closest to full cover). */
  programme: "" | TProgrammeLevel;
  /** The add-ons asked of every insurer, in the order of ADD_ON_IDS. */
  addOns: TAddOnId[];
  /** ДСАГО's sum insured (rubles, as typed) and whether a trailer is covered. */
  dsagoSum: string;
  dsagoTrailer: boolean;
  /** The policy term in months, "1" … "12". */
  term: string;
}

export const EMPTY_DRIVER: DriverFields = { age: "", experience: "", sex: "", married: "", children: "" };

/** A fresh form: the reference profile's choices, nothing about the car or driver yet. */
export const DEFAULT_FORM: FormState = {
  model: "",
  year: "",
  price: "",
  power: "",
  antiTheft: "standard",
  parking: "street",
  credit: false,
  region: "",
  drivers: [EMPTY_DRIVER],
  unlimited: false,
  bonusMalus: "3",
  coverage: "full",
  franchise: "none",
  franchiseAmount: "30000",
  franchisePercent: "1",
  repair: "dealer",
  wear: false,
  aggregate: false,
  installments: "1",
  start: "",
  switching: false,
  telematics: false,
  isNew: false,
  registeredOn: "",
  creditor: "",
  allowedDrivers: "",
  programme: "",
  addOns: [],
  dsagoSum: "1000000",
  dsagoTrailer: false,
  term: "12",
};

/** Instalment counts and policy terms the form offers (every insurer says which it accepts). */
export const INSTALLMENT_CHOICES = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const;
export const TERM_CHOICES = ["12", "11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1"] as const;
/** ДСАГО sums insured the form offers (the books' tables are by these sums). */
export const DSAGO_SUMS = ["500000", "1000000", "1500000", "3000000"] as const;
