"use client";
import { createContext, use, type ReactNode } from "react";
import type { CalculatorContextValue } from "./types";

const CalculatorContext = createContext<CalculatorContextValue | null>(null);

/** Provides the calculator's strings and choices to its client components (see the calculator layout). */
export function CalculatorProvider({ value, children }: { value: CalculatorContextValue; children: ReactNode }) {
  return <CalculatorContext value={value}>{children}</CalculatorContext>;
}

export function useCalculator(): CalculatorContextValue {
  const value = use(CalculatorContext);
  if (!value) throw new Error("useCalculator outside CalculatorProvider");
  return value;
}
