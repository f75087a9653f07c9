"use client";
import { memo } from "react";
import { PROGRAMME_LEVELS, RISKS } from "@/lib/rating/options";
import { Cell, buttonClass } from "./cells";
import { useEditor } from "./context";
import { uid } from "./form-model";
import { v2Paths, type V2Form } from "./form-model/v2";
import { fill } from "./grid-texts";
import { useGridTexts } from "./grid-texts-context";
import { domId } from "./issues";
import { ProgrammeTables, type TableControls } from "./programme-tables";
import { RowsGrid } from "./rows-grid";

type Set = (fn: (f: V2Form) => V2Form) => void;

const LEVEL_LABELS: Record<string, string> = { full: "полная", budget: "бюджетная", mini: "мини" };
const RISK_LABELS: Record<string, string> = {
  damage: "ущерб",
  theft: "угон",
  "total-loss": "полная гибель",
  "road-accident": "ДТП",
  "third-party-acts": "действия третьих лиц",
  "natural-hazards": "стихийные бедствия",
  fire: "пожар",
  "falling-objects": "падение предметов",
  glass: "стёкла",
};
const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
const sectionClass = "space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

/** A labelled select, or its value as text when the editor is read-only. */
function Choice({ path, label, value, options, onChange }: { path: string; label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  const { readOnly } = useEditor();
  const id = domId(path);
  if (readOnly) {
    return (
      <div className="space-y-0.5">
        <div className="text-sm font-medium text-slate-800">{label}</div>
        <div className="text-sm">{options.find(([v]) => v === value)?.[1] ?? value}</div>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={id} className={selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.some(([v]) => v === value) ? null : <option value={value}>{value}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </div>
  );
}

/** The programmes: names, description, level, the risks covered, a flat programme's rate, a formula programme's own tables. */
export const ProgrammesSection = memo(function ProgrammesSection({ value, set, tables }: { value: V2Form; set: Set; tables: TableControls }) {
  const { readOnly } = useEditor();
  const patch = (i: number, p: Partial<V2Form["programmes"][number]>) => set((f) => ({ ...f, programmes: f.programmes.map((x, j) => (j === i ? { ...x, ...p } : x)) }));
  return (
    <section aria-labelledby="rb-section-programmes" className={sectionClass}>
      <h2 id="rb-section-programmes" tabIndex={-1} className="text-lg font-semibold text-brand-900">Программы</h2>
      {value.programmes.length === 0 ? <p className="text-sm text-slate-600">Программы не объявлены: тариф — одна программа (полное КАСКО).</p> : null}
      {value.programmes.map((p, i) => (
        <fieldset key={p.uid} className="space-y-3 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Программа {p.id}</legend>
          <div className="grid gap-3 md:grid-cols-3">
            <Cell visibleLabel path={v2Paths.programme(i, "name", "ru")} label={`Программа ${p.id}: название (рус.)`} value={p.nameRu} onChange={(v) => patch(i, { nameRu: v })} />
            <Cell visibleLabel path={v2Paths.programme(i, "name", "en")} label={`Программа ${p.id}: название (англ.)`} value={p.nameEn} onChange={(v) => patch(i, { nameEn: v })} />
            <Choice path={v2Paths.programme(i, "level")} label={`Программа ${p.id}: уровень`} value={p.level} options={PROGRAMME_LEVELS.map((l) => [l, LEVEL_LABELS[l] ?? l])} onChange={(v) => patch(i, { level: v })} />
          </div>
          <div className="grid gap-3 md:grid-cols-2">
            <Cell visibleLabel multiline path={v2Paths.programme(i, "description", "ru")} label={`Программа ${p.id}: описание (рус.)`} value={p.descriptionRu} onChange={(v) => patch(i, { descriptionRu: v })} />
            <Cell visibleLabel multiline path={v2Paths.programme(i, "description", "en")} label={`Программа ${p.id}: описание (англ.)`} value={p.descriptionEn} onChange={(v) => patch(i, { descriptionEn: v })} />
          </div>
          <fieldset id={domId(v2Paths.programme(i, "risks"))} tabIndex={-1}>
            <legend className="text-sm font-medium text-slate-800">Программа {p.id}: что покрыто</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {RISKS.map((r) => (
                <label key={r} className="flex items-center gap-1.5">
                  <input type="checkbox" disabled={readOnly} checked={p.risks.includes(r)} onChange={(e) => patch(i, { risks: RISKS.filter((x) => (x === r ? e.target.checked : p.risks.includes(x))) })} className="size-4" />
                  {RISK_LABELS[r] ?? r}
                </label>
              ))}
            </div>
          </fieldset>
          {(p.orig.pricing as { type?: string } | undefined)?.type === "flat" ? (
            <div className="grid gap-3 md:grid-cols-3">
              <Cell visibleLabel path={v2Paths.programme(i, "pricing", "rate")} label={`Программа ${p.id}: ставка, % от страховой суммы`} suffix="%" inputMode="decimal" value={p.flatRate} onChange={(v) => patch(i, { flatRate: v })} />
              <Cell visibleLabel path={v2Paths.programme(i, "pricing", "minimumPremium")} label={`Программа ${p.id}: минимальная премия, ₽`} inputMode="decimal" value={p.flatMinimum} onChange={(v) => patch(i, { flatMinimum: v })} />
            </div>
          ) : (
            <ProgrammeTables programme={p} index={i} controls={tables} />
          )}
        </fieldset>
      ))}
    </section>
  );
});

/** The add-ons: names, description, when they are added, the price (or its table's default), the age limit. */
export const AddOnsSection = memo(function AddOnsSection({ value, set }: { value: V2Form; set: Set }) {
  const t = useGridTexts();
  const patch = (i: number, p: Partial<V2Form["addOns"][number]>) => set((f) => ({ ...f, addOns: f.addOns.map((x, j) => (j === i ? { ...x, ...p } : x)) }));
  return (
    <section aria-labelledby="rb-section-add-ons" className={sectionClass}>
      <h2 id="rb-section-add-ons" className="text-lg font-semibold text-brand-900">Дополнительные опции</h2>
      {value.addOns.length === 0 ? <p className="text-sm text-slate-600">Опций нет.</p> : null}
      {value.addOns.map((a, i) => {
        const priceLabel = a.basis === "rate" ? `Опция ${a.id}: ${a.table ? "ставка по умолчанию" : "ставка"}, % от страховой суммы` : `Опция ${a.id}: ${a.table ? "цена по умолчанию" : "цена"}, ₽`;
        return (
          <fieldset key={a.uid} className="space-y-3 rounded-lg border border-slate-200 p-3" data-testid={`add-on-${a.id}`}>
            <legend className="px-1 text-sm font-semibold">Опция {a.id}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              <Cell visibleLabel path={v2Paths.addOn(i, "name", "ru")} label={`Опция ${a.id}: название (рус.)`} value={a.nameRu} onChange={(v) => patch(i, { nameRu: v })} />
              <Cell visibleLabel path={v2Paths.addOn(i, "name", "en")} label={`Опция ${a.id}: название (англ.)`} value={a.nameEn} onChange={(v) => patch(i, { nameEn: v })} />
              <Cell visibleLabel multiline path={v2Paths.addOn(i, "description", "ru")} label={`Опция ${a.id}: описание (рус.)`} value={a.descriptionRu} onChange={(v) => patch(i, { descriptionRu: v })} />
              <Cell visibleLabel multiline path={v2Paths.addOn(i, "description", "en")} label={`Опция ${a.id}: описание (англ.)`} value={a.descriptionEn} onChange={(v) => patch(i, { descriptionEn: v })} />
            </div>
            <div className="grid gap-3 md:grid-cols-3">
              <Cell visibleLabel path={v2Paths.addOn(i, "price", a.table ? "default" : "value")} label={priceLabel} suffix={a.basis === "rate" ? "%" : "₽"} inputMode="decimal" value={a.value} onChange={(v) => patch(i, { value: v })} />
              <Choice path={v2Paths.addOn(i, "apply")} label={`Опция ${a.id}: когда добавляется`} value={a.apply} options={[["beforeRounding", "до округления премии"], ["afterRounding", "после округления премии"]]} onChange={(v) => patch(i, { apply: v })} />
              <Cell visibleLabel path={v2Paths.addOn(i, "eligibility", "maxVehicleAgeYears")} label={`Опция ${a.id}: возраст автомобиля не больше, лет`} hint="Пусто — без ограничения" inputMode="numeric" value={a.maxVehicleAgeYears} onChange={(v) => patch(i, { maxVehicleAgeYears: v })} />
            </div>
            {a.table ? (
              <div className="space-y-1">
                <p className="text-sm font-semibold text-slate-800">{fill(t.priceTable, { id: a.id })}</p>
                <p className="text-xs text-slate-600">{t.priceTableHint}</p>
                <RowsGrid
                  title={fill(t.priceTable, { id: a.id })}
                  gridPath={v2Paths.price(i).table()}
                  keys={a.keys}
                  rows={a.rows}
                  setRows={(fn) => set((f) => ({ ...f, addOns: f.addOns.map((x, j) => (j === i ? { ...x, rows: fn(x.rows) } : x)) }))}
                  cellPath={v2Paths.price(i).cell}
                  rowPath={v2Paths.price(i).row}
                  valueHeader={a.basis === "rate" ? t.priceRate : t.priceAmount}
                  valueSuffix={a.basis === "rate" ? "%" : "₽"}
                />
              </div>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
});

/** Short-term policies (months → coefficient) and the named rounding steps, in order. */
export const TermsAndRoundingSection = memo(function TermsAndRoundingSection({ value, set }: { value: V2Form; set: Set }) {
  const { readOnly, requestFocus } = useEditor();
  const patchTerm = (i: number, p: Partial<V2Form["policyTerms"][number]>) => set((f) => ({ ...f, policyTerms: f.policyTerms.map((x, j) => (j === i ? { ...x, ...p } : x)) }));
  const patchStep = (i: number, p: Partial<V2Form["steps"][number]>) => set((f) => ({ ...f, steps: f.steps.map((x, j) => (j === i ? { ...x, ...p } : x)) }));
  const addTerm = () => {
    set((f) => ({ ...f, policyTerms: [...f.policyTerms, { uid: uid(), orig: {}, months: "", factor: "" }] }));
    requestFocus(domId(v2Paths.term(value.policyTerms.length, "months")));
  };
  const addStep = () => {
    set((f) => ({ ...f, steps: [...f.steps, { uid: uid(), orig: {}, id: "", target: "premium", decimals: "2" }] }));
    requestFocus(domId(v2Paths.step(value.steps.length, "id")));
  };
  return (
    <section aria-labelledby="rb-section-terms" className={sectionClass}>
      <h2 id="rb-section-terms" className="text-lg font-semibold text-brand-900">Срок полиса и шаги округления</h2>
      <div className="space-y-2">
        <h3 className="text-base font-semibold text-slate-800">Краткосрочные полисы</h3>
        <p className="text-xs text-slate-600">Коэффициент к годовой премии за КАСКО; год (12 месяцев) всегда с коэффициентом 1. Месяцы, которых нет в списке, — отказ.</p>
        {value.policyTerms.map((t, i) => (
          <div key={t.uid} className="grid items-end gap-2 sm:grid-cols-[8rem_8rem_auto]">
            <Cell visibleLabel path={v2Paths.term(i, "months")} label={`Срок ${i + 1}: месяцев`} inputMode="numeric" value={t.months} onChange={(v) => patchTerm(i, { months: v })} />
            <Cell visibleLabel path={v2Paths.term(i, "factor")} label={`Срок ${i + 1}: коэффициент`} inputMode="decimal" value={t.factor} onChange={(v) => patchTerm(i, { factor: v })} />
            {readOnly ? null : (
              <button type="button" className={buttonClass} onClick={() => set((f) => ({ ...f, policyTerms: f.policyTerms.filter((_, j) => j !== i) }))}>
                Удалить срок {i + 1}
              </button>
            )}
          </div>
        ))}
        {readOnly ? null : <button type="button" className={buttonClass} onClick={addTerm}>Добавить срок</button>}
      </div>
      <div className="space-y-2">
        <h3 className="text-base font-semibold text-slate-800">Шаги округления</h3>
        <p className="text-xs text-slate-600">По порядку: сначала ставка (в % от страховой суммы), последним — премия. Каждый шаг — строка расчёта.</p>
        {value.steps.map((s, i) => (
          <div key={s.uid} className="grid items-end gap-2 sm:grid-cols-[minmax(0,1fr)_12rem_8rem_auto]">
            <Cell visibleLabel path={v2Paths.step(i, "id")} label={`Шаг ${i + 1}: название`} value={s.id} onChange={(v) => patchStep(i, { id: v })} />
            <Choice path={v2Paths.step(i, "target")} label={`Шаг ${i + 1}: что округляется`} value={s.target} options={[["ratePercent", "ставка, %"], ["premium", "премия, ₽"]]} onChange={(v) => patchStep(i, { target: v })} />
            <Cell visibleLabel path={v2Paths.step(i, "decimals")} label={`Шаг ${i + 1}: знаков`} inputMode="numeric" value={s.decimals} onChange={(v) => patchStep(i, { decimals: v })} />
            {readOnly ? null : (
              <button type="button" className={buttonClass} onClick={() => set((f) => ({ ...f, steps: f.steps.filter((_, j) => j !== i) }))}>
                Удалить шаг {i + 1}
              </button>
            )}
          </div>
        ))}
        {readOnly ? null : <button type="button" className={buttonClass} onClick={addStep}>Добавить шаг</button>}
      </div>
    </section>
  );
});
