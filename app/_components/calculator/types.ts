import type { FormState } from "@/lib/form/form-state";

export interface ModelOption {
  id: string;
  label: string;
  defaultPowerHp: number;
}

export interface RegionOption {
  code: string;
  label: string;
}

/** What every section of the form gets: the state, a way to change it, and the field errors. */
export interface SectionProps {
  form: FormState;
  update: (patch: Partial<FormState>) => void;
  errors: Record<string, string>;
}
