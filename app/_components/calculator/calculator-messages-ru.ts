import ru from "@/messages/ru.json";
import { pickCalculatorMessages, type CalculatorMessages } from "./calculator-messages";

/**
 * The calculator's messages in Russian, a chunk of the browser's code of their own (loaded for a
 * Russian page only, see calculator-strings.ts). Read from the message file here (in tests and
 * type checks); in the site's build this module is replaced by the picked messages alone
 * (calculator-messages-loader.cjs, see next.config.ts), so the rest of the file never reaches the
 * browser.
 */
export const messages: CalculatorMessages = pickCalculatorMessages(ru as unknown as Parameters<typeof pickCalculatorMessages>[0]);
