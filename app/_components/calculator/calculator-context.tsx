"use client";
import { createContext, use, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from "react";
import type { CalculatorContextValue, ModelOption } from "./types";
import type { CalculatorOptions } from "./search-options";
import { calculatorStrings } from "./calculator-strings";
import type { CalculatorLabels } from "./calculator-labels";

const CalculatorContext = createContext<CalculatorContextValue | null>(null);

/** Models the site's catalog (in the database) adds, changes or removes relative to the shipped one. */
export interface CatalogDelta {
  models: ModelOption[];
  removed: string[];
}

/**
 * What the layout sends: the language, and what the database's catalog changes in the shipped one
 * (usually nothing). The strings are part of the browser's code, a chunk per language (calculator-strings.ts); the model
 * and region choices are loaded by the browser (or given, in tests).
 */
export type CalculatorProviderValue = Pick<CalculatorContextValue, "locale"> & Partial<CalculatorLabels> & Partial<CalculatorOptions> & { catalogDelta?: CatalogDelta; stringsUrl?: string };

/** The shipped choices with the database's changes laid over them (changed models replaced in place, added ones last). */
function withDelta(options: CalculatorOptions, delta: CatalogDelta | undefined): CalculatorOptions {
  if (!delta) return options;
  const gone = new Set(delta.removed);
  const changed = new Map(delta.models.map((m) => [m.id, m]));
  const models = options.models.filter((m) => !gone.has(m.id)).map((m) => changed.get(m.id) ?? m);
  const known = new Set(options.models.map((m) => m.id));
  return { ...options, models: [...models, ...delta.models.filter((m) => !known.has(m.id))] };
}

type OptionsChunk = typeof import("./search-options");
let options: Promise<OptionsChunk> | undefined;
/** The chunk once it has arrived: a change of language then takes its choices at once. */
let chunk: OptionsChunk | undefined;
/** The choices' own chunk, loaded once per page life and then kept in the browser's cache. */
const loadOptions = () => (options ??= import("./search-options").then((m) => (chunk = m)));
// In the browser, asked for as soon as the page's code runs, before hydration reaches the provider.
if (typeof window !== "undefined") void loadOptions();
const NONE: CalculatorOptions = { models: [], regions: [] };

/**
 * Provides the calculator's strings (made from its messages in the browser's code, the
 * layout's language's chunk) and choices to its client components (see the calculator layout). The
 * choices (≈ 30 kB with their search keys) are not sent with the page: the browser loads their
 * chunk (asked for as soon as the page's code runs) and they join the form when it
 * arrives. Hydration does not wait for them: a form that waited would drop what a quick user
 * typed into the server's HTML meanwhile. The server's render and the first browser render have
 * none (no suggestion list is open in the HTML), so the two agree.
 */
export function CalculatorProvider({ value, children }: { value: CalculatorProviderValue; children: ReactNode }) {
  const given = value.models !== undefined && value.regions !== undefined;
  // True once mounted with the chunk in: the first render matches the server's (no choices).
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (given) return;
    let live = true;
    void loadOptions().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [given]);
  // The strings of the page's language: preloaded with the page and fetched when this module runs
  // (see calculator-strings.ts), so they are in by the time hydration reaches here; on the server, at once.
  // Strings given whole (the component tests) are used as they are.
  const givenLabels = value.form !== undefined && value.whatIf !== undefined && value.programmes !== undefined;
  // After a change of language the other language's chunk may still be on its way: the form keeps
  // the strings it has (and what was typed) until it is in, instead of suspending the page.
  const stringsLocale = useDeferredValue(value.locale);
  const loaded = givenLabels ? null : use(calculatorStrings(stringsLocale, stringsLocale === value.locale ? value.stringsUrl : undefined));
  const options = given ? null : ready && chunk ? chunk.searchOptions(value.locale) : NONE;
  const full = useMemo((): CalculatorContextValue => {
    const labels: CalculatorLabels = loaded ?? { locale: value.locale, form: value.form!, whatIf: value.whatIf!, programmes: value.programmes! };
    if (options) return { ...labels, ...withDelta(options, value.catalogDelta) };
    return { ...labels, models: value.models ?? [], regions: value.regions ?? [] };
  }, [value, options, loaded]);
  return <CalculatorContext value={full}>{children}</CalculatorContext>;
}

export function useCalculator(): CalculatorContextValue {
  const value = use(CalculatorContext);
  if (!value) throw new Error("useCalculator outside CalculatorProvider");
  return value;
}
