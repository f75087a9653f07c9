"use client";
import { memo, useState } from "react";
import { Cell, SectionHeading, buttonClass, iconButtonClass, ActionsHeader, RowNumber } from "./cells";
import { useEditor } from "./context";
import { paths, uid, type DiscountForm, type RateBookForm } from "./form-model";
import { SECTION_ANCHORS, domId } from "./issues";
import { ALL_VARIABLES, variableLabel, variableLegend } from "./labels";
import { tidyCondition } from "./rows-grid";

type Discounts = RateBookForm["discounts"];
const TITLE = "Таблица «Скидки»";

/** Discounts: the cap, and one row per discount (id, names, conditions, percent). */
export const DiscountsSection = memo(function DiscountsSection({ value, set }: { value: Discounts; set: (fn: (d: Discounts) => Discounts) => void }) {
  const { readOnly, requestFocus } = useEditor();
  const [newKey, setNewKey] = useState("");
  const edit = (id: string, patch: (d: DiscountForm) => DiscountForm) => set((d) => ({ ...d, items: d.items.map((x) => (x.uid === id ? patch(x) : x)) }));
  const add = () => {
    set((d) => ({ ...d, items: [...d.items, { uid: uid(), orig: {}, id: "", labelRu: "", labelEn: "", cells: Object.fromEntries(d.keys.map((k) => [k, ""])), origWhen: {}, touched: {}, percent: "" }] }));
    requestFocus(domId(paths.discount(value.items.length, "id")));
  };
  const remove = (i: number) => {
    set((d) => ({ ...d, items: d.items.filter((_, j) => j !== i) }));
    requestFocus(value.items.length > 1 ? `rb-discounts-row${Math.min(i, value.items.length - 2)}-remove` : "rb-discounts-add");
  };
  const addKey = () => {
    if (newKey === "" || value.keys.includes(newKey)) return;
    set((d) => ({ ...d, keys: [...d.keys, newKey], items: d.items.map((x) => ({ ...x, cells: { ...x.cells, [newKey]: "" } })) }));
    setNewKey("");
  };
  const removeKey = (key: string) =>
    set((d) => ({
      ...d,
      keys: d.keys.filter((k) => k !== key),
      items: d.items.map((x) => {
        const cells = { ...x.cells };
        const origWhen = { ...x.origWhen };
        delete cells[key];
        delete origWhen[key];
        return { ...x, cells, origWhen };
      }),
    }));

  return (
    <section aria-labelledby="rb-section-discounts" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <SectionHeading path={SECTION_ANCHORS.discounts} id="rb-section-discounts">
        Скидки
      </SectionHeading>
      <div className="max-w-xs">
        <Cell visibleLabel path="discounts.maxTotalPercent" label="Наибольшая суммарная скидка" suffix="%" inputMode="decimal" value={value.maxTotalPercent} onChange={(v) => set((d) => ({ ...d, maxTotalPercent: v }))} />
      </div>
      <div role="region" aria-label="Скидки: ряды" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">Скидки</caption>
          <thead className="bg-brand-50 text-left align-bottom text-xs text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                №
              </th>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                id
              </th>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Название (рус.)
              </th>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Название (англ.)
              </th>
              {value.keys.map((k) => (
                <th key={k} scope="col" className="px-2 py-1.5 font-semibold">
                  <span className="flex items-start gap-1">
                    <span>
                      {variableLabel(k)}
                      <code className="block font-normal text-slate-700">{k}</code>
                    </span>
                    {readOnly ? null : (
                      <button type="button" className="rounded px-1 text-slate-600 hover:bg-slate-200" aria-label={`Убрать условие ${k} у всех скидок`} onClick={() => removeKey(k)}>
                        ✕
                      </button>
                    )}
                  </span>
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Скидка, %
              </th>
              <ActionsHeader readOnly={readOnly} />
            </tr>
          </thead>
          <tbody>
            {value.items.map((item, i) => (
              <tr key={item.uid} className="border-t border-slate-100 align-top">
                <RowNumber n={i + 1} />
                <td className="px-1.5 py-1">
                  <Cell path={paths.discount(i, "id")} label={`${TITLE}, ряд ${i + 1}, id`} value={item.id} width="w-36" onChange={(v) => edit(item.uid, (x) => ({ ...x, id: v }))} />
                </td>
                <td className="px-1.5 py-1">
                  <Cell path={paths.discount(i, "label", "ru")} label={`${TITLE}, ряд ${i + 1}, название (рус.)`} value={item.labelRu} width="w-full min-w-[10rem]" onChange={(v) => edit(item.uid, (x) => ({ ...x, labelRu: v }))} />
                </td>
                <td className="px-1.5 py-1">
                  <Cell path={paths.discount(i, "label", "en")} label={`${TITLE}, ряд ${i + 1}, название (англ.)`} value={item.labelEn} width="w-full min-w-[10rem]" onChange={(v) => edit(item.uid, (x) => ({ ...x, labelEn: v }))} />
                </td>
                {value.keys.map((k) => (
                  <td key={k} className="px-1.5 py-1">
                    <Cell path={paths.discountCell(i, k)} label={`${TITLE}, ряд ${i + 1}, ${k}`} value={item.cells[k] ?? ""} normalize={(t) => tidyCondition(t, k)} onChange={(v) => edit(item.uid, (x) => ({ ...x, cells: { ...x.cells, [k]: v }, touched: { ...x.touched, [k]: true } }))} />
                  </td>
                ))}
                <td className="px-1.5 py-1">
                  <Cell path={paths.discount(i, "percent")} label={`${TITLE}, ряд ${i + 1}, скидка, %`} value={item.percent} suffix="%" inputMode="decimal" width="w-20" onChange={(v) => edit(item.uid, (x) => ({ ...x, percent: v }))} />
                </td>
                {readOnly ? null : (
                  <td className="px-1.5 py-1">
                    <button type="button" id={`rb-discounts-row${i}-remove`} className={iconButtonClass} aria-label={`Удалить скидку в ряду ${i + 1}`} title="Удалить" onClick={() => remove(i)}>
                      ✕
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-0.5 text-xs text-slate-500">
        {value.keys.map((k) => (
          <li key={k}>
            <code>{k}</code>: {variableLegend(k)}
          </li>
        ))}
        <li>Скидка действует, когда выполнены все её условия; пустая ячейка — любое значение.</li>
      </ul>
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" id="rb-discounts-add" className={buttonClass} onClick={add}>
            Добавить скидку
          </button>
          <label htmlFor="rb-discounts-new-key" className="sr-only">
            Условие по переменной для новых столбцов скидок
          </label>
          <select id="rb-discounts-new-key" value={newKey} onChange={(e) => setNewKey(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
            <option value="">Условие по переменной…</option>
            {ALL_VARIABLES.filter((v) => !value.keys.includes(v)).map((v) => (
              <option key={v} value={v}>
                {variableLabel(v)} ({v})
              </option>
            ))}
          </select>
          <button type="button" className={buttonClass} onClick={addKey} disabled={newKey === ""}>
            Добавить столбец условия
          </button>
        </div>
      )}
    </section>
  );
});
