// A build-time loader (next.config.ts, turbopack.rules) for calculator-messages.ts: the module
// becomes the picked messages as literal data, so the browser's chunk carries the calculator's
// messages and not the whole message files the module imports. The pick is the module's own
// (tests/unit/calculator-messages.test.ts checks that both give the same).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, as the bundler loads its loaders */
const { readFileSync } = require("node:fs");
const { dirname, join } = require("node:path");

/** The calculator's part of one language's messages (the same pick as calculator-messages.ts). */
function pick(messages) {
  return { Form: messages.Form, WhatIf: messages.WhatIf, Programmes: { form: messages.Programmes.form, filter: messages.Programmes.filter } };
}

/** The module's source for the message files in `dir`. */
function calculatorMessagesSource(dir, read = (file) => readFileSync(file, "utf8")) {
  const picked = {};
  for (const locale of ["ru", "en"]) picked[locale] = pick(JSON.parse(read(join(dir, `${locale}.json`))));
  return `export const calculatorMessages = ${JSON.stringify(picked)};\n`;
}

module.exports = function calculatorMessagesLoader() {
  const dir = join(dirname(this.resourcePath), "..", "..", "..", "messages");
  for (const locale of ["ru", "en"]) this.addDependency?.(join(dir, `${locale}.json`));
  return calculatorMessagesSource(dir);
};
module.exports.calculatorMessagesSource = calculatorMessagesSource;
