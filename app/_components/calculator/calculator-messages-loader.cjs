// A build-time loader (next.config.ts, turbopack.rules) for calculator-messages-ru.ts and
// calculator-messages-en.ts: each module becomes its language's picked messages as literal data,
// so the browser's chunk of one language carries the calculator's messages in that language and
// not the whole message file the module imports. The pick is calculator-messages.ts's
// (tests/unit/calculator-messages.test.ts checks that both give the same).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, as the bundler loads its loaders */
const { readFileSync } = require("node:fs");
const { basename, dirname, join } = require("node:path");

/** The calculator's part of one language's messages (the same pick as calculator-messages.ts). */
function pick(messages) {
  return { Form: messages.Form, WhatIf: messages.WhatIf, Programmes: { form: messages.Programmes.form, filter: messages.Programmes.filter } };
}

/** The language of a module `calculator-messages-<locale>.ts`. */
function localeOf(file) {
  const match = /^calculator-messages-(ru|en)\.ts$/.exec(basename(file));
  if (!match) throw new Error(`calculator-messages-loader: not a language's module: ${file}`);
  return match[1];
}

/** The module's source for one language's message file in `dir`. */
function calculatorMessagesSource(dir, locale, read = (file) => readFileSync(file, "utf8")) {
  return `export const messages = ${JSON.stringify(pick(JSON.parse(read(join(dir, `${locale}.json`)))))};\n`;
}

module.exports = function calculatorMessagesLoader() {
  const dir = join(dirname(this.resourcePath), "..", "..", "..", "messages");
  const locale = localeOf(this.resourcePath);
  this.addDependency?.(join(dir, `${locale}.json`));
  return calculatorMessagesSource(dir, locale);
};
module.exports.calculatorMessagesSource = calculatorMessagesSource;
module.exports.localeOf = localeOf;
