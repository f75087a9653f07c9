import type en from "@/messages/en.json";
import type { FormState } from "@/lib/form/form-state";
import type { UiLocale } from "@/lib/format/money";
import type { SearchItem } from "@/lib/catalog/search";

/** A model choice, found by its search keys (see lib/catalog/search.ts). */
export interface ModelOption extends SearchItem {
  defaultPowerHp: number;
}

/** A region choice (its id is the code), found by its search keys. */
export interface RegionOption extends SearchItem {
  code: string;
}

type FormMessages = (typeof en)["Form"];

/**
 * The form's strings, formatted on the server: the messages without arguments as they are, and
 * "Driver {n}" / "Remove driver {n}" for every possible n (index n − 1).
 */
export type FormLabels = Omit<FormMessages, "driver" | "removeDriver" | "errorsTitle" | "stepOf" | "stepNames"> & { driver: string[]; removeDriver: string[]; stepOf: string[]; stepNames: string[] };
export type WhatIfLabels = (typeof en)["WhatIf"];
/** The programme, add-on and policy-term fields' strings, and the add-on filter's. */
export type ProgrammeLabels = (typeof en)["Programmes"]["form"] & { filter: (typeof en)["Programmes"]["filter"] };

/** What the calculator's client components share: sent once with the page's layout, not on every calculation. */
export interface CalculatorContextValue {
  locale: UiLocale;
  form: FormLabels;
  whatIf: WhatIfLabels;
  programmes: ProgrammeLabels;
  models: ModelOption[];
  regions: RegionOption[];
}

/** What every section of the form gets: the state, a way to change it, and the field errors. */
export interface SectionProps {
  form: FormState;
  update: (patch: Partial<FormState>) => void;
  errors: Record<string, string>;
}
