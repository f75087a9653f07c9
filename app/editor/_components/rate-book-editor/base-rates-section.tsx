"use client";
import { memo } from "react";
import { Cell, SectionHeading, buttonClass, iconButtonClass, ActionsHeader, RowNumber } from "./cells";
import { useEditor } from "./context";
import { COMPONENTS, paths, uid, type Component, type FallbackForm, type ModelRateForm, type RowForm } from "./form-model";
import { SECTION_ANCHORS, domId } from "./issues";
import { RowsGrid } from "./rows-grid";

const MODELS_TITLE = "Таблица «Базовые тарифы по моделям»";
const FALLBACK_TITLE: Record<Component, string> = { damage: "Ущерб: запасные ставки", theft: "Угон: запасные ставки" };

interface Props {
  models: readonly ModelRateForm[];
  setModels: (fn: (m: ModelRateForm[]) => ModelRateForm[]) => void;
  fallback: Record<Component, FallbackForm>;
  setFallbackRows: (c: Component, fn: (rows: RowForm[]) => RowForm[]) => void;
}

/** Base rates per model (damage and theft, in percent of the sum insured) and the two fallback tables. */
export const BaseRatesSection = memo(function BaseRatesSection({ models, setModels, fallback, setFallbackRows }: Props) {
  const { readOnly, requestFocus } = useEditor();
  const gridId = "rb-models";
  const edit = (id: string, patch: Partial<ModelRateForm>) => setModels((list) => list.map((m) => (m.uid === id ? { ...m, ...patch } : m)));
  const add = () => {
    setModels((list) => [...list, { uid: uid(), model: "", damage: "", theft: "", orig: { damage: undefined, theft: undefined } }]);
    requestFocus(domId(paths.model(models.length, "model")));
  };
  const remove = (r: number) => {
    setModels((list) => list.filter((_, i) => i !== r));
    requestFocus(models.length > 1 ? `${gridId}-row${Math.min(r, models.length - 2)}-remove` : `${gridId}-add`);
  };

  return (
    <section aria-labelledby="rb-section-base" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <SectionHeading path={SECTION_ANCHORS.base} id="rb-section-base">
        Базовые тарифы
      </SectionHeading>
      <p className="text-sm text-slate-600">Доля страховой суммы в процентах: 4.38 % — это 0.0438 в тарифе. Пустая ячейка — ставка из запасной таблицы ниже.</p>
      <div role="region" aria-label="Базовые тарифы по моделям: ряды" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">Базовые тарифы по моделям</caption>
          <thead className="bg-brand-50 text-left text-xs text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                №
              </th>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Модель (id)
              </th>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Ущерб, %
              </th>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Угон, %
              </th>
              <ActionsHeader readOnly={readOnly} />
            </tr>
          </thead>
          <tbody>
            {models.map((m, r) => (
              <tr key={m.uid} className="border-t border-slate-100 align-top">
                <RowNumber n={r + 1} />
                <td className="px-1.5 py-1">
                  <Cell path={paths.model(r, "model")} label={`${MODELS_TITLE}, ряд ${r + 1}, модель`} value={m.model} onChange={(model) => edit(m.uid, { model })} width="w-48" />
                </td>
                {COMPONENTS.map((c) => (
                  <td key={c} className="px-1.5 py-1">
                    <Cell
                      path={paths.model(r, c)}
                      label={`${MODELS_TITLE}, ряд ${r + 1}, ${c === "damage" ? "ущерб" : "угон"}, %`}
                      value={m[c]}
                      suffix="%"
                      inputMode="decimal"
                      width="w-24"
                      onChange={(v) => edit(m.uid, { [c]: v })}
                    />
                  </td>
                ))}
                {readOnly ? null : (
                  <td className="px-1.5 py-1">
                    <button type="button" id={`${gridId}-row${r}-remove`} className={iconButtonClass} aria-label={`Удалить модель в ряду ${r + 1}`} title="Удалить" onClick={() => remove(r)}>
                      ✕
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {readOnly ? null : (
        <button type="button" id={`${gridId}-add`} className={buttonClass} onClick={add}>
          Добавить модель
        </button>
      )}
      {COMPONENTS.map((c) => (
        <FallbackGrid key={c} component={c} fallback={fallback[c]} setFallbackRows={setFallbackRows} />
      ))}
    </section>
  );
});

const FallbackGrid = memo(function FallbackGrid({ component: c, fallback, setFallbackRows }: { component: Component; fallback: FallbackForm; setFallbackRows: Props["setFallbackRows"] }) {
  return (
    <div className="space-y-2">
      <SectionHeading path={paths.fallback(c)} id={`rb-section-fallback-${c}`} level={3}>
        {FALLBACK_TITLE[c]} (если модели нет в списке)
      </SectionHeading>
      <RowsGrid
        title={`Таблица «${FALLBACK_TITLE[c]}»`}
        gridPath={paths.fallback(c)}
        keys={fallback.keys}
        rows={fallback.rows}
        setRows={(fn) => setFallbackRows(c, fn)}
        cellPath={(r, k) => paths.fallbackCell(c, r, k)}
        rowPath={(r, f) => paths.fallbackRow(c, r, f)}
        valueHeader="Ставка, %"
        valueSuffix="%"
      />
    </div>
  );
});
