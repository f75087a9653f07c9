"use client";
import { memo } from "react";
import { Cell, SectionHeading, buttonClass } from "./cells";
import { useCellIssues, useEditor } from "./context";
import { uid, type RateBookForm } from "./form-model";
import { SECTION_ANCHORS, domId } from "./issues";

export type GeneralForm = Pick<RateBookForm, "minimumPremium" | "rounding" | "notes">;

/** The rest of the book: minimum premium, rounding, notes. (The effective date is set when publishing.) */
export const GeneralSection = memo(function GeneralSection({ value, set, namedSteps = false }: { value: GeneralForm; set: (fn: (f: GeneralForm) => GeneralForm) => void; namedSteps?: boolean }) {
  const { readOnly, requestFocus } = useEditor();
  const premiumDecimals = useCellIssues("rounding.premiumDecimals");
  const pdId = domId("rounding.premiumDecimals");
  const addNote = () => {
    set((f) => ({ ...f, notes: [...f.notes, { uid: uid(), orig: {}, ru: "", en: "" }] }));
    requestFocus(domId(`notes.${value.notes.length}.ru`));
  };
  const removeNote = (i: number) => {
    set((f) => ({ ...f, notes: f.notes.filter((_, j) => j !== i) }));
    requestFocus("rb-notes-add");
  };
  return (
    <section aria-labelledby="rb-section-general" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="rb-section-general" className="text-lg font-semibold text-brand-900">
        Премия, округление, примечания
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Cell visibleLabel path="minimumPremium" label="Минимальная премия, ₽" inputMode="decimal" placeholder="0" value={value.minimumPremium} onChange={(v) => set((f) => ({ ...f, minimumPremium: v }))} />
        {/* A format-2 book rounds in named steps, edited in their own section. */}
        {namedSteps ? null : (<>
        <Cell
          visibleLabel
          path="rounding.ratePercentDecimals"
          label="Округлять ставку (в %) до знаков"
          hint="Пусто — не округлять"
          inputMode="numeric"
          value={value.rounding.ratePercentDecimals}
          onChange={(v) => set((f) => ({ ...f, rounding: { ...f.rounding, ratePercentDecimals: v } }))}
        />
        {readOnly ? (
          <div className="space-y-0.5">
            <div className="text-sm font-medium text-slate-800">Округление премии</div>
            <div className="text-sm">{value.rounding.premiumDecimals === "0" ? "до рублей" : "до копеек"}</div>
          </div>
        ) : (
          <div className="space-y-1">
            <label htmlFor={pdId} className="block text-sm font-medium text-slate-800">
              Округление премии
            </label>
            <select
              id={pdId}
              value={value.rounding.premiumDecimals === "" ? "2" : value.rounding.premiumDecimals}
              aria-invalid={premiumDecimals.hasError || undefined}
              onChange={(e) => set((f) => ({ ...f, rounding: { ...f.rounding, premiumDecimals: e.target.value } }))}
              className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            >
              <option value="2">до копеек (2 знака)</option>
              <option value="0">до рублей (0 знаков)</option>
            </select>
          </div>
        )}
        </>)}
      </div>
      <div className="space-y-2">
        <SectionHeading path={SECTION_ANCHORS.notes} id="rb-section-notes" level={3}>
          Примечания
        </SectionHeading>
        {value.notes.length === 0 ? <p className="text-sm text-slate-500">Примечаний нет.</p> : null}
        {value.notes.map((n, i) => (
          <div key={n.uid} className="grid items-start gap-2 md:grid-cols-[1fr_1fr_auto]">
            <Cell visibleLabel multiline path={`notes.${i}.ru`} label={`Примечание ${i + 1} (рус.)`} value={n.ru} onChange={(v) => set((f) => ({ ...f, notes: f.notes.map((x) => (x.uid === n.uid ? { ...x, ru: v } : x)) }))} />
            <Cell visibleLabel multiline path={`notes.${i}.en`} label={`Примечание ${i + 1} (англ.)`} value={n.en} onChange={(v) => set((f) => ({ ...f, notes: f.notes.map((x) => (x.uid === n.uid ? { ...x, en: v } : x)) }))} />
            {readOnly ? null : (
              <button type="button" className={`${buttonClass} md:mt-6`} onClick={() => removeNote(i)}>
                Удалить примечание {i + 1}
              </button>
            )}
          </div>
        ))}
        {readOnly ? null : (
          <button type="button" id="rb-notes-add" className={buttonClass} onClick={addNote}>
            Добавить примечание
          </button>
        )}
      </div>
    </section>
  );
});
