import { ANTI_THEFT, COVERAGES, PARKING, REPAIR_OPTIONS } from "@/lib/rating/options";

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
  installments: "1" | "2" | "4";
  start: string;
  switching: boolean;
  telematics: boolean;
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
};
