import en from "@/messages/en.json";
import { pickCalculatorMessages, type CalculatorMessages } from "./calculator-messages";

/** The calculator's messages in English: as calculator-messages-ru.ts, for an English page. */
export const messages: CalculatorMessages = pickCalculatorMessages(en);
