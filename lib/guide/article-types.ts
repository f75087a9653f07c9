/**
 * The shape of the help guide's articles (one file per article under ./articles/).
 *
 * Text is plain strings. Inside a string, `**bold**` marks emphasis (rendered as <strong>);
 * nothing else is interpreted. Both languages of an article must have the same block structure
 * (same number of blocks, same types, same number of list items) — the unit tests check it.
 */

export type GuideLocale = "ru" | "en";

export type Block =
  | { type: "p"; text: string }
  | { type: "h2"; text: string }
  | { type: "ul" | "ol"; items: string[] }
  | { type: "note"; text: string };

export type Localized<T> = Record<GuideLocale, T>;

export interface GuideArticle {
  slug: string;
  title: Localized<string>;
  summary: Localized<string>;
  body: Localized<Block[]>;
}
