import { CompareToggle } from "./compare-context";
import { WorksheetDetails } from "./worksheet-details";
import { OfferProgramme } from "./offer-programme";
import type { ProgrammeView } from "./offer-programme-view";

/**
 * One offer, its texts already formatted and translated on the server (offer-list.tsx). The card's
 * markup lives here, in the browser's code, so a calculation carries only these texts and not the
 * cards' element tree a second time beside the page's HTML.
 */
export interface OfferView {
  insurerId: string;
  /** The insurer's name in the interface language. */
  name: string;
  /** The premium as a decimal string (the worksheet and the comparison are asked for with it). */
  premium: string;
  cheapest: boolean;
  /** "Место 1" */
  rank: string;
  /** "49 038,00 ₽" */
  premiumText: string;
  /** "2 платежа по …, последний — …", or "" for a single payment. */
  installments: string;
  /** The damage/theft split; absent for a book that prices a single component. */
  damage?: string;
  theft?: string;
  /** "Тариф от 1 января 2019 г." */
  tariff: string;
  /** The policy term when it is shorter than a year ("6 месяцев"); the card says "per year" otherwise. */
  term?: string;
  /** The programme, add-ons and tariff source lines, as texts (offer-programme-view.ts). */
  programme?: ProgrammeView;
  /** The edition's notes in one line, or "". */
  notes: string;
}

/** The labels every card shares (sent once, not per card). */
export interface OfferCardLabels {
  cheapest: string;
  perYear: string;
  damage: string;
  theft: string;
  /** The edition's term for screen readers ("Тариф от"). */
  tariff: string;
  conditions: string;
  notes: string;
  compare: string;
  why: string;
  loading: string;
  failed: string;
  retry: string;
}

/** One insurer's offer (the conditions, the same for every offer of a calculation, are sent once): price, instalments, damage/theft split, conditions, tariff edition, the worksheet on demand and the compare tick. */
export function OfferCard({ offer, conditions, query, locale, labels }: { offer: OfferView; conditions: string[]; query: string; locale: string; labels: OfferCardLabels }) {
  return (
    <li className={offer.cheapest ? "offer offer-best" : "offer"} aria-labelledby={`offer-${offer.insurerId}`} data-testid="offer">
      {/* Two fixed columns: the premium keeps its place at the right edge of every card, however long the insurer's name. */}
      <div className="offer-head">
        <div className="min-w-0">
          <p className="small-note">{offer.rank}</p>
          <h3 id={`offer-${offer.insurerId}`} className="offer-name">
            {offer.name}
          </h3>
          {offer.cheapest ? <p className="mt-1 inline-block rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">{labels.cheapest}</p> : null}
        </div>
        <div className="text-right">
          <p className="offer-premium" data-testid="premium">
            {offer.premiumText}
          </p>
          <p className="small-note">{offer.term ?? labels.perYear}</p>
          {offer.installments ? <p className="text-xs text-slate-600">{offer.installments}</p> : null}
        </div>
      </div>
      <dl className="offer-figures">
        {offer.damage !== undefined && offer.theft !== undefined ? (
          <>
            <div className="flex gap-1"><dt>{labels.damage}:</dt><dd className="tabular-nums">{offer.damage}</dd></div>
            <div className="flex gap-1"><dt>{labels.theft}:</dt><dd className="tabular-nums">{offer.theft}</dd></div>
          </>
        ) : null}
        <div className="flex gap-1 text-slate-500"><dt className="sr-only">{labels.tariff}</dt><dd>{offer.tariff}</dd></div>
      </dl>
      {offer.programme ? <OfferProgramme view={offer.programme} /> : null}
      <ul className="chips" aria-label={labels.conditions}>
        {conditions.map((c) => (
          <li key={c} className="chip">{c}</li>
        ))}
      </ul>
      {offer.notes ? (
        <p className="mt-2 text-xs text-slate-600">
          <span className="font-medium">{labels.notes}:</span> {offer.notes}
        </p>
      ) : null}
      <div className="offer-actions">
        <WorksheetDetails query={query} insurerId={offer.insurerId} premium={offer.premium} locale={locale} labels={labels} />
        <CompareToggle insurerId={offer.insurerId} label={labels.compare} />
      </div>
    </li>
  );
}
