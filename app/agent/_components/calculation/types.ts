// What every section of the saved-calculation page receives: the calculation as quoted, the
// acting agent, the language and the page's translators. A section is one component taking
// these props; the page lists its sections in order (app/agent/calculations/[id]/page.tsx).
import type { AgentActor } from "@/lib/agent/access.server";
import type { CalculationView } from "@/lib/agent/calculations.server";
import type { UiLocale } from "@/lib/format/money";
import type { Translate } from "@/app/_components/translate";

export interface CalculationSectionProps {
  view: CalculationView;
  agent: AgentActor;
  locale: UiLocale;
  /** The "Agent" messages. */
  t: Translate;
}
