import { Fragment } from "react";

const NBSP = "\u00a0";

/**
 * Light typesetting for on-screen text: keeps digit groups together ("30 000"), glues "₽", "%"
 * and metres to their number and keeps a dash off the start of a line.
 */
export function typeset(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`)
    .replace(/ (?=[₽%])/g, NBSP)
    .replace(/(\d) (?=(?:м|км|m|km)(?![\p{L}\p{N}]))/gu, `$1${NBSP}`)
    .replace(/ (?=[—–] )/g, NBSP);
}

/** Renders a plain string, turning `**bold**` into <strong>. Nothing else is interpreted. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <strong key={index} className="font-semibold text-slate-900">
            {typeset(part)}
          </strong>
        ) : (
          <Fragment key={index}>{typeset(part)}</Fragment>
        ),
      )}
    </>
  );
}
