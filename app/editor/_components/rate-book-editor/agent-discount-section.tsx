"use client";
import { memo } from "react";
import { Cell } from "./cells";
import { useCellIssues, useEditor } from "./context";
import type { AgentDiscountForm } from "./form-model";
import { domId } from "./issues";

/** The largest discount an agent may give from the agent's commission, and its condition. */
export const AgentDiscountSection = memo(function AgentDiscountSection({ value, set }: { value: AgentDiscountForm; set: (fn: (a: AgentDiscountForm) => AgentDiscountForm) => void }) {
  const { readOnly } = useEditor();
  const single = useCellIssues("agentDiscount.singlePaymentOnly");
  return (
    <section aria-labelledby="rb-section-agent-discount" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="rb-section-agent-discount" className="text-lg font-semibold text-brand-900">
        Скидка агента за счёт комиссии
      </h2>
      <p className="text-sm text-slate-600">Наибольшая скидка, которую агент может дать клиенту из своего комиссионного вознаграждения, в процентах премии. Пусто или 0 — скидка не допускается.</p>
      <div className="max-w-xs">
        <Cell visibleLabel path="agentDiscount.maxPercent" label="Наибольшая скидка агента" suffix="%" inputMode="decimal" placeholder="0" value={value.maxPercent} onChange={(v) => set((a) => ({ ...a, maxPercent: v }))} />
      </div>
      {readOnly ? (
        <p className="text-sm">Только при оплате сразу: {value.singlePaymentOnly ? "да" : "нет"}</p>
      ) : (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            id={domId("agentDiscount.singlePaymentOnly")}
            type="checkbox"
            className="size-4 accent-brand-600"
            checked={value.singlePaymentOnly}
            aria-invalid={single.hasError || undefined}
            onChange={(ev) => set((a) => ({ ...a, singlePaymentOnly: ev.target.checked }))}
          />
          Только при оплате полиса сразу (без рассрочки)
        </label>
      )}
    </section>
  );
});
