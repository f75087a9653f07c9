"use client";
import { lazy, memo, Suspense } from "react";
import { useCalculator } from "./calculator-context";
import { Section } from "../ui/field";
import { MoreConditions } from "./more-conditions";
import type { SectionProps } from "./types";

const loadOpen = () => import("./programme-fields-open").then((m) => ({ default: m.ProgrammeFieldsOpen }));
const ProgrammeFieldsOpen = lazy(loadOpen);
// On the server, loaded with this module: a section opened by an error is drawn in the HTML at once.
if (typeof window === "undefined") void loadOpen();

/**
 * What a rate book of format 2 can price besides the cover: the programme level asked of every
 * insurer, the add-ons (each with a one-line explanation), ДСАГО's limit and trailer, the policy
 * term, a new car, the lending bank (with credit) and a number of allowed drivers.
 *
 * Folded at first, with its values stated in the summary; its fields are a chunk of their own
 * (programme-fields-open.tsx), loaded when the section is opened (on the server, at once), so the
 * calculator's first load does not carry them.
 */
export const ProgrammeFields = memo(function ProgrammeFields({ form, update, errors }: SectionProps) {
  const { programmes: t } = useCalculator();
  const now = [
    t.programmeOptions[form.programme || "any"],
    form.addOns.length > 0 ? `${t.summaryAddOns}: ${form.addOns.map((a) => t.addOnNames[a]).join(", ")}` : "",
    form.term !== "12" ? `${t.term}: ${t.termOptions[form.term as keyof typeof t.termOptions] ?? form.term}` : "",
    form.isNew ? t.isNew : "",
  ].filter(Boolean);
  return (
    <Section title={t.section}>
      <MoreConditions title={t.moreTitle} now={now.join(" · ")} forceOpen={!!(errors.dsagoSum || errors.term || errors.creditor || errors.allowedDrivers)}>
        <Suspense fallback={<p className="small-note">…</p>}>
          <ProgrammeFieldsOpen form={form} update={update} errors={errors} />
        </Suspense>
      </MoreConditions>
    </Section>
  );
});
