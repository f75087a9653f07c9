import "server-only";
import { catalog } from "@/lib/catalog";
import { getPricingContext } from "@/lib/server/pricing-context.server";
import { compareProgrammes, parseQuoteRequest, selectEdition, type TQuoteRequest } from "@/lib/rating";
import type { Declined, Quote, TLabel } from "@/lib/rating/result-types";
import type { TProgrammeLevel, TRisk } from "@/lib/rating/options";
import { formToRequest } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";

/** One programme of the insurer, as its rate book declares it, with its price for the calculation. */
export interface ProgrammeColumn {
  id: string;
  name: TLabel;
  description: TLabel;
  level: TProgrammeLevel;
  risks: readonly TRisk[];
  pricing: "formula" | "flat";
  /** A flat programme's rate (a fraction of the sum insured). */
  flatRate: string | undefined;
  /** The programme's own tables (a built-in franchise, a limit) with the value applied to this calculation. */
  builtIn: { label: TLabel; value: string | undefined }[];
  /** The add-ons sold with it (names), all of the book's when it does not say. */
  addOnsSold: TLabel[];
  quote: Quote | null;
  declined: Declined | null;
}

export type ProgrammesOutcome =
  | { ok: true; request: TQuoteRequest; insurerName: TLabel; columns: ProgrammeColumn[] }
  | { ok: false; reason: "invalid" | "not_found" };

/**
 * Every programme of one insurer's edition in force, priced for the calculation in the URL with
 * `program.byInsurer` (the library's compareProgrammes), in the book's order.
 */
export async function priceProgrammes(form: FormState, insurerId: string): Promise<ProgrammesOutcome> {
  const ctx = await getPricingContext();
  const parsed = parseQuoteRequest(formToRequest(form, catalog), catalog, ctx.today);
  if (!parsed.ok) return { ok: false, reason: "invalid" };
  const editions = ctx.library.get(insurerId);
  const book = editions && selectEdition(editions, parsed.request.policyStart);
  if (!book || !book.programmes.some((p) => p.declared)) return { ok: false, reason: "not_found" };
  const outcomes = compareProgrammes(parsed.request, ctx.library, catalog, insurerId);
  const source = book.source;
  const columns = book.programmes.map((programme, i): ProgrammeColumn => {
    const declared = source.programmes.find((p) => p.id === programme.id);
    const outcome = outcomes.find((o) => o.programmeId === programme.id) ?? outcomes[i];
    const quote = outcome?.quote ?? null;
    const builtIn = (declared?.factors ?? []).map((table) => ({
      label: table.label,
      value: quote?.steps.find((s) => s.factor === table.id)?.value,
    }));
    const sold = programme.addOns ? [...programme.addOns] : [...book.addOns.keys()];
    return {
      id: programme.id,
      name: programme.name,
      description: programme.description,
      level: programme.level,
      risks: programme.risks,
      pricing: programme.pricing,
      flatRate: declared?.pricing.type === "flat" ? declared.pricing.rate : undefined,
      builtIn,
      addOnsSold: sold.map((id) => book.addOns.get(id)?.name).filter((n): n is TLabel => n !== undefined),
      quote,
      declined: outcome?.declined ?? null,
    };
  });
  return { ok: true, request: parsed.request, insurerName: book.insurerName, columns };
}
