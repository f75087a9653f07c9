"use client";
import { useState } from "react";
import { loadWorksheet } from "./offer-actions";
import { useOnDemand } from "./use-on-demand";

interface Props {
  /** The calculation's query string, to price the same request again. */
  query: string;
  insurerId: string;
  /** The price shown on the card. */
  premium: string;
  /** The interface language (the worksheet is loaded again in the other one). */
  locale: string;
  labels: { why: string; loading: string; failed: string; retry: string };
}

/**
 * "Why this price": the worksheet is fetched from the server (rendered there) when the details
 * are opened, or already when the pointer or focus reaches the summary.
 */
export function WorksheetDetails({ query, insurerId, premium, locale, labels }: Props) {
  const [open, setOpen] = useState(false);
  const sheet = useOnDemand(`${locale}#${query}#${insurerId}#${premium}`, open, () => loadWorksheet(query, insurerId, premium));
  return (
    <details className="min-w-0 basis-full" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="offer-why" onPointerEnter={sheet.prefetch} onFocus={sheet.prefetch}>
        {labels.why}
      </summary>
      {open ? (
        <div className="mt-2" aria-busy={sheet.busy}>
          {sheet.failed ? (
            <p className="text-sm text-red-700">
              {labels.failed}{" "}
              <button type="button" onClick={sheet.retry} className="underline">{labels.retry}</button>
            </p>
          ) : !sheet.loaded ? (
            <p className="text-sm text-slate-600">{labels.loading}</p>
          ) : (
            <div className={sheet.busy ? "opacity-60" : undefined}>{sheet.node}</div>
          )}
        </div>
      ) : null}
    </details>
  );
}
