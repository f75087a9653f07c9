/** The build's loader for calculator-messages.ts (calculator-messages-loader.cjs). */
declare function calculatorMessagesLoader(this: { resourcePath: string; addDependency?: (file: string) => void }): string;
declare namespace calculatorMessagesLoader {
  /** The replacing module's source, made from the message files in `dir`. */
  function calculatorMessagesSource(dir: string, read?: (file: string) => string): string;
}
export = calculatorMessagesLoader;
