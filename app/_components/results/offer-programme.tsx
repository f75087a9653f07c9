import Link from "next/link";
import type { ProgrammeView } from "./offer-programme-view";

/**
 * An offer's programme, add-ons with their prices, short term, single-rate note and tariff source,
 * drawn from texts formatted on the server (offer-programme-view.ts), so a calculation carries
 * the texts once rather than this markup beside the page's HTML.
 */
export function OfferProgramme({ view }: { view: ProgrammeView }) {
  return (
    <div className="mt-2 space-y-1 text-sm text-slate-700" data-testid="offer-programme">
      {view.programme ? (
        <p>
          <span className="font-medium">{view.programme.label}:</span> <span data-testid="programme-name">{view.programme.name}</span>
          <span className="block text-xs text-slate-600">{view.programme.description}</span>
        </p>
      ) : null}
      {view.addOns ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1" aria-label={view.addOns.label} data-testid="offer-add-ons">
          {view.addOns.cover ? (
            <div className="flex gap-1"><dt>{view.addOns.cover.label}:</dt><dd className="tabular-nums">{view.addOns.cover.amount}</dd></div>
          ) : null}
          {view.addOns.items.map((a) => (
            <div key={a.id} className="flex gap-1" data-testid={`add-on-${a.id}`}>
              <dt>+ {a.name}:</dt>
              <dd className="tabular-nums">{a.amount}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {view.term ? (
        <p><span className="font-medium">{view.term.label}:</span> {view.term.text}</p>
      ) : null}
      {view.noSplit ? <p className="text-xs text-slate-600" data-testid="no-split">{view.noSplit}</p> : null}
      <p className="small-note" data-testid="provenance">{view.provenance}</p>
      {view.otherProgrammes ? (
        <p className="print:hidden">
          <Link href={view.otherProgrammes.href} className="text-sm font-medium text-brand-700 underline" data-testid="other-programmes">
            {view.otherProgrammes.text}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
