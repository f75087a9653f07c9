// The consent texts an agent shows the client, versioned. A text is never edited in place: a new
// wording gets a new version, and every recorded consent names the version that was shown.
export type ConsentKind = "processing" | "transfer";

export interface ConsentText {
  version: string;
  ru: string;
  en: string;
}

export const CONSENT_TEXTS: Record<ConsentKind, ConsentText> = {
  processing: {
    version: "processing-2026-12-01",
    ru:
      "Клиент согласен на обработку своих персональных данных (имя, телефон, электронная почта, дата рождения, " +
      "сведения об автомобиле и водителях) агентством и агентом для подбора и расчёта страхования КАСКО в " +
      "соответствии с Федеральным законом № 152-ФЗ «О персональных данных». Согласие действует до его отзыва; " +
      "отозвать его можно в любой момент, обратившись к агенту.",
    en:
      "The client consents to the agency and the agent processing their personal data (name, phone, e-mail, " +
      "date of birth, details of the car and the drivers) to find and price KASKO insurance, under Russian Federal " +
      "Law No. 152-FZ on personal data. The consent holds until withdrawn; it can be withdrawn at any time by " +
      "asking the agent.",
  },
  transfer: {
    version: "transfer-2026-12-01",
    ru:
      "Клиент согласен на передачу своих персональных данных страховым компаниям, чьи предложения он выберет, " +
      "для оформления договора страхования. Согласие действует до его отзыва.",
    en:
      "The client consents to their personal data being passed to the insurers whose offers they choose, to " +
      "arrange the insurance contract. The consent holds until withdrawn.",
  },
};

export const CONSENT_KINDS: readonly ConsentKind[] = ["processing", "transfer"];
