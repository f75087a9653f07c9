/** The build's loader for calculator-messages-ru.ts and -en.ts (calculator-messages-loader.cjs). */
declare function calculatorMessagesLoader(this: { resourcePath: string; addDependency?: (file: string) => void }): string;
declare namespace calculatorMessagesLoader {
  /** The replacing module's source for one language, made from its message file in `dir`. */
  function calculatorMessagesSource(dir: string, locale: "ru" | "en", read?: (file: string) => string): string;
  /** The language of a module `calculator-messages-<locale>.ts` (throws for any other file). */
  function localeOf(file: string): "ru" | "en";
}
export = calculatorMessagesLoader;
