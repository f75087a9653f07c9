"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { diffRateBooks } from "@/lib/editor/diff-rate-books";
import { INSTALLMENT_COUNTS } from "@/lib/rating/options";
import { lintRateBook } from "@/lib/editor/lint-rate-book";
import { BaseRatesSection } from "./rate-book-editor/base-rates-section";
import { SectionHeading, buttonClass } from "./rate-book-editor/cells";
import { ConflictPanel } from "./rate-book-editor/conflict-panel";
import { EditorContext, type EditorContextValue } from "./rate-book-editor/context";
import { AgentDiscountSection } from "./rate-book-editor/agent-discount-section";
import { DiscountsSection } from "./rate-book-editor/discounts-section";
import { EligibilitySection } from "./rate-book-editor/eligibility-section";
import { FactorTableSection, countWords } from "./rate-book-editor/factor-table-section";
import { canonicalJson, paths, toBody, toForm, type Component, type EditorIssue, type EligibilityForm, type ModelRateForm, type RateBookForm, type RowForm, type TableForm } from "./rate-book-editor/form-model";
import type { GeneralForm } from "./rate-book-editor/general-section";
import { GeneralSection } from "./rate-book-editor/general-section";
import { IssueSummary } from "./rate-book-editor/issue-summary";
import { tablePathsAt } from "./rate-book-editor/form-model/paths";
import { GRID_TEXTS_RU, type GridTexts } from "./rate-book-editor/grid-texts";
import { GridTextsContext } from "./rate-book-editor/grid-texts-context";
import { domId, indexIssues, mergeIssues, tableAt, tableKeyOf, tableTitle, type IssueView } from "./rate-book-editor/issues";
import { NewTableForm } from "./rate-book-editor/new-table-form";
import { SaveBar, type SaveStatus } from "./rate-book-editor/save-bar";
import { useProgrammeTables } from "./rate-book-editor/use-programme-tables";
import { AddOnsSection, ProgrammesSection, TermsAndRoundingSection } from "./rate-book-editor/v2-sections";
import type { SaveInput, SaveOutcome } from "./save-outcome";

export type { SaveInput, SaveOutcome } from "./save-outcome";

export interface RateBookEditorProps {
  /** The draft version being edited (passed back to `save` as `id`). */
  versionId: number;
  /** The revision `initialBody` is at (the first `baseRevision`). */
  revision: number;
  /** The rate book JSON as stored; a draft that does not validate opens too. */
  initialBody: unknown;
  /** Published versions: the same tables as plain text, no inputs, no saving. */
  readOnly: boolean;
  /** A server action; see save-outcome.ts. Never called while the book has errors or unacknowledged warnings. */
  save: (input: SaveInput) => Promise<SaveOutcome>;
  /** The catalog's model ids: a model the book names outside them is an error (lintRateBook). */
  modelIds?: readonly string[];
  /** The catalog's region codes: a price table's region outside them is an error (lintRateBook). */
  regionCodes?: readonly string[];
  /** The programme- and price-table texts in the site's language (messages RateBookGrids); Russian when absent. */
  gridTexts?: GridTexts;
}

interface KnownIds {
  modelIds?: ReadonlySet<string>;
  regionCodes?: ReadonlySet<string>;
}

const LINT_DELAY_MS = 200;

interface Checked {
  issues: EditorIssue[];
  views: IssueView[];
  byAnchor: Map<string, EditorIssue[]>;
}

const NOTHING_CHECKED: Checked = { issues: [], views: [], byAnchor: new Map() };

/** Lints the book and places each issue at its cell (the form is the one the body was written from). */
function check(form: RateBookForm, converted: { body: unknown; issues: EditorIssue[] }, known: KnownIds): Checked {
  const issues = mergeIssues(converted.issues, lintRateBook(converted.body, known));
  return { issues, ...indexIssues(issues, form) };
}

function blockers(issues: readonly EditorIssue[], acked: ReadonlySet<string>) {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning" && !acked.has(i.key)).length,
  };
}

function failureMessage(outcome: Extract<SaveOutcome, { ok: false; reason: "invalid" | "forbidden" | "not_a_draft" | "not_found" }>): string {
  switch (outcome.reason) {
    case "invalid":
      return `Сервер не принял тариф: ${outcome.message}. Ваши правки на месте.`;
    case "forbidden":
      return `Нет прав на сохранение: ${outcome.message}`;
    case "not_a_draft":
      return `Эта версия больше не черновик: ${outcome.message}. Ваши правки на месте — скопируйте их в новый черновик.`;
    case "not_found":
      return `Версия не найдена: ${outcome.message}`;
  }
}

/**
 * The rate-book editor: base rates, factor tables, eligibility, discounts, minimum premium,
 * rounding and notes, checked as you type (lintRateBook), saved with optimistic locking.
 * Local edits survive any failed save; leaving the page with unsaved changes asks first.
 */
export function RateBookEditor({ versionId, revision: initialRevision, initialBody, readOnly, save, modelIds: modelIdList, regionCodes: regionCodeList, gridTexts = GRID_TEXTS_RU }: RateBookEditorProps) {
  const [modelIds] = useState<KnownIds>(() => ({ modelIds: modelIdList ? new Set(modelIdList) : undefined, regionCodes: regionCodeList ? new Set(regionCodeList) : undefined }));
  const [initial] = useState(() => {
    const form = toForm(initialBody);
    const converted = toBody(form);
    return { form, canon: canonicalJson(converted.body), checked: readOnly ? NOTHING_CHECKED : check(form, converted, modelIds) };
  });
  const [form, setForm] = useState<RateBookForm>(initial.form);
  const [revision, setRevision] = useState(initialRevision);
  const [savedCanon, setSavedCanon] = useState(initial.canon);
  // Issues and where they show are recomputed together, ~200 ms after the last edit: cells do not
  // re-render on every keystroke elsewhere.
  const [checked, setChecked] = useState<Checked>(initial.checked);
  const { issues, views, byAnchor } = checked;
  const [acked, setAcked] = useState<ReadonlySet<string>>(() => new Set());
  const [openTables, setOpenTables] = useState<ReadonlySet<string>>(() => new Set());
  const [addingTable, setAddingTable] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  const converted = useMemo(() => toBody(form), [form]);
  const canon = useMemo(() => canonicalJson(converted.body), [converted]);
  const dirty = canon !== savedCanon;

  // Check as you type, ~200 ms after the last keystroke.
  useEffect(() => {
    if (readOnly) return;
    const timer = setTimeout(() => setChecked(check(form, converted, modelIds)), LINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, converted, readOnly, modelIds]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (readOnly || !dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty, readOnly]);

  // Focus requests (a row added, moved or removed; a summary link) are served after the render that shows the target.
  const pendingFocus = useRef<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const requestFocus = useCallback((id: string) => {
    pendingFocus.current = id;
    setFocusTick((t) => t + 1);
  }, []);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  }, [focusTick]);

  const context = useMemo<EditorContextValue>(() => ({ byAnchor, acked, readOnly, requestFocus }), [byAnchor, acked, readOnly, requestFocus]);

  const counts = blockers(issues, acked);
  const tableCounts = useMemo(() => {
    const out = new Map<string, { errors: number; warnings: number }>();
    for (const { issue, anchor } of views) {
      const i = tableKeyOf(anchor);
      if (i === undefined) continue;
      const c = out.get(i) ?? { errors: 0, warnings: 0 };
      if (issue.severity === "error") c.errors += 1;
      else if (!acked.has(issue.key)) c.warnings += 1;
      out.set(i, c);
    }
    return out;
  }, [views, acked]);

  // ---- edits
  const updateTable = useCallback((uid: string, fn: (t: TableForm) => TableForm) => setForm((f) => ({ ...f, factors: f.factors.map((t) => (t.uid === uid ? fn(t) : t)) })), []);
  const removeTable = useCallback(
    (uid: string) => {
      setForm((f) => ({ ...f, factors: f.factors.filter((t) => t.uid !== uid) }));
      requestFocus("rb-add-table");
    },
    [requestFocus],
  );
  const toggleTable = useCallback(
    (uid: string) =>
      setOpenTables((open) => {
        const next = new Set(open);
        if (next.has(uid)) next.delete(uid);
        else next.add(uid);
        return next;
      }),
    [],
  );
  const setFallbackRows = useCallback(
    (c: Component, fn: (rows: RowForm[]) => RowForm[]) => setForm((f) => ({ ...f, fallback: { ...f.fallback, [c]: { ...f.fallback[c], rows: fn(f.fallback[c].rows) } } })),
    [],
  );
  const setModels = useCallback((fn: (m: ModelRateForm[]) => ModelRateForm[]) => setForm((f) => ({ ...f, models: fn(f.models) })), []);
  const setEligibility = useCallback((fn: (e: EligibilityForm) => EligibilityForm) => setForm((f) => ({ ...f, eligibility: fn(f.eligibility) })), []);
  const setV2 = useCallback((fn: (v: RateBookForm["v2"]) => RateBookForm["v2"]) => setForm((f) => ({ ...f, v2: fn(f.v2) })), []);
  const setDiscounts = useCallback((fn: (d: RateBookForm["discounts"]) => RateBookForm["discounts"]) => setForm((f) => ({ ...f, discounts: fn(f.discounts) })), []);
  const setAgentDiscount = useCallback((fn: (a: RateBookForm["agentDiscount"]) => RateBookForm["agentDiscount"]) => setForm((f) => ({ ...f, agentDiscount: fn(f.agentDiscount) })), []);
  const setGeneral = useCallback(
    (fn: (g: GeneralForm) => GeneralForm) =>
      setForm((f) => {
        const next = fn(f);
        return { ...f, minimumPremium: next.minimumPremium, rounding: next.rounding, notes: next.notes };
      }),
    [],
  );
  const { minimumPremium, rounding, notes } = form;
  const general = useMemo(() => ({ minimumPremium, rounding, notes }), [minimumPremium, rounding, notes]);

  const formRef = useRef(form);
  const openRef = useRef(openTables);
  useEffect(() => {
    formRef.current = form;
    openRef.current = openTables;
  });
  const jumpTo = useCallback(
    (anchor: string) => {
      const key = tableKeyOf(anchor);
      const table = key === undefined ? undefined : tableAt(formRef.current, key);
      if (table && !openRef.current.has(table.uid)) setOpenTables((open) => new Set(open).add(table.uid));
      requestFocus(domId(anchor));
    },
    [requestFocus],
  );

  const programmeTables = useProgrammeTables({ setForm, formRef, openTables, setOpenTables, tableCounts, toggleTable, requestFocus, readOnly });

  const acknowledge = useCallback(
    (key: string, on: boolean) =>
      setAcked((a) => {
        const next = new Set(a);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );

  // ---- saving
  const saving = status.kind === "saving";
  const reasonFor = (c: { errors: number; warnings: number }): string | null => {
    const parts: string[] = [];
    if (c.errors > 0) parts.push(countWords.errors(c.errors));
    if (c.warnings > 0) parts.push(`${countWords.warnings(c.warnings)} без отметки «Учтено»`);
    return parts.length > 0 ? `Сохранить нельзя: ${parts.join(", ")}.` : null;
  };
  const checkReason = reasonFor(counts);
  const blockedReason = saving
    ? "Сохранение…"
    : status.kind === "conflict"
      ? "Сначала выберите, чья версия останется (см. ниже)."
      : (checkReason ?? (dirty ? null : "Изменений нет."));

  const doSave = async (baseRevision: number) => {
    const fresh = check(form, converted, modelIds);
    setChecked(fresh);
    const c = blockers(fresh.issues, acked);
    if (c.errors > 0 || c.warnings > 0) return;
    const body = converted.body;
    const bodyCanon = canon;
    setStatus({ kind: "saving" });
    let outcome: SaveOutcome;
    try {
      outcome = await save({ id: versionId, body, baseRevision });
    } catch {
      setStatus({ kind: "error", message: "Не удалось сохранить: нет связи с сервером. Ваши правки на месте — попробуйте ещё раз." });
      return;
    }
    if (outcome.ok) {
      setRevision(outcome.revision);
      setSavedCanon(bodyCanon);
      setStatus({ kind: "saved" });
    } else if (outcome.reason === "conflict") {
      setStatus({ kind: "conflict", theirs: outcome.currentBody, theirRevision: outcome.currentRevision, updatedBy: outcome.updatedBy });
      requestFocus("rb-conflict-heading");
    } else {
      setStatus({ kind: "error", message: failureMessage(outcome) });
    }
  };

  const loadTheirs = () => {
    if (status.kind !== "conflict") return;
    const theirs = toForm(status.theirs);
    const theirsConverted = toBody(theirs);
    setForm(theirs);
    setRevision(status.theirRevision);
    setSavedCanon(canonicalJson(theirsConverted.body));
    setChecked(check(theirs, theirsConverted, modelIds));
    setOpenTables(new Set());
    setStatus({ kind: "loaded", updatedBy: status.updatedBy });
  };

  const overwrite = () => {
    if (status.kind !== "conflict") return;
    setRevision(status.theirRevision);
    void doSave(status.theirRevision);
  };

  const conflictChanges = useMemo(() => (status.kind === "conflict" ? diffRateBooks(status.theirs, converted.body) : []), [status, converted]);

  const orig = form.orig;
  const insurerName = typeof orig.insurer === "object" && orig.insurer !== null ? (orig.insurer as { name?: { ru?: unknown } }).name?.ru : undefined;

  return (
    <EditorContext.Provider value={context}>
      <GridTextsContext.Provider value={gridTexts}>
      <div className="space-y-6">
        <div className="space-y-1">
          <SectionHeading path="" id="rb-title">
            Тариф {typeof orig.id === "string" ? orig.id : ""}
            {typeof insurerName === "string" ? ` — ${insurerName}` : ""}
          </SectionHeading>
          {form.effectiveFrom ? <p className="text-sm text-slate-600">В тарифе: действует с {form.effectiveFrom}. Дата вступления в силу задаётся при публикации.</p> : null}
          {readOnly ? <p className="text-sm text-slate-600">Опубликованная версия: только просмотр, изменить её нельзя.</p> : null}
        </div>

        {readOnly ? null : (
          <>
            <SaveBar revision={revision} dirty={dirty} status={status} blockedReason={blockedReason} onSave={() => void doSave(revision)} />
            {status.kind === "conflict" ? (
              <ConflictPanel
                updatedBy={status.updatedBy}
                theirRevision={status.theirRevision}
                changes={conflictChanges}
                tableLabel={(id) => tableTitle(id, form.factors) ?? id}
                onLoadTheirs={loadTheirs}
                onOverwrite={overwrite}
                overwriteDisabledReason={saving ? "Сохранение…" : checkReason}
              />
            ) : null}
            <IssueSummary views={views} factors={form.factors} acked={acked} onAck={acknowledge} onJump={jumpTo} />
          </>
        )}

        <nav aria-label="Разделы тарифа" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {[
            ["rb-section-base", "Базовые тарифы"],
            ["rb-section-factors", "Коэффициенты"],
            ["rb-section-eligibility", "Условия приёма"],
            ["rb-section-discounts", "Скидки"],
            ["rb-section-agent-discount", "Скидка агента"],
            ["rb-section-general", "Премия, округление, примечания"],
            ...(form.v2.isV2 ? [["rb-section-programmes", "Программы"], ["rb-section-add-ons", "Опции"], ["rb-section-terms", "Срок и округление"]] : []),
          ].map(([id, label]) => (
            <a key={id} href={`#${id}`} className="text-brand-700 underline underline-offset-2">
              {label}
            </a>
          ))}
        </nav>

        <BaseRatesSection models={form.models} setModels={setModels} fallback={form.fallback} setFallbackRows={setFallbackRows} />

        <section aria-labelledby="rb-section-factors" className="space-y-3">
          <h2 id="rb-section-factors" className="text-lg font-semibold text-brand-900">
            Коэффициенты
          </h2>
          <p className="text-sm text-slate-600">Таблицы применяются по порядку; в каждой срабатывает первый подходящий ряд. Нажмите на таблицу, чтобы открыть её.</p>
          {form.factors.map((t, i) => {
            const c = tableCounts.get(`factors.${i}`);
            return <FactorTableSection key={t.uid} table={t} index={i} at={tablePathsAt(["factors", i])} open={openTables.has(t.uid)} errors={c?.errors ?? 0} warnings={c?.warnings ?? 0} onToggle={toggleTable} update={updateTable} remove={removeTable} />;
          })}
          {readOnly ? null : addingTable ? (
            <NewTableForm
              existingIds={form.factors.map((t) => t.id)}
              onCancel={() => {
                setAddingTable(false);
                requestFocus("rb-add-table");
              }}
              onCreate={(t) => {
                setForm((f) => ({ ...f, factors: [...f.factors, t] }));
                setOpenTables((open) => new Set(open).add(t.uid));
                setAddingTable(false);
                requestFocus(domId(paths.factorCell(form.factors.length, 0, t.keys[0] ?? "")));
              }}
            />
          ) : (
            <button type="button" id="rb-add-table" className={buttonClass} onClick={() => setAddingTable(true)}>
              Добавить таблицу
            </button>
          )}
        </section>

        <EligibilitySection value={form.eligibility} set={setEligibility} installmentCounts={form.v2.isV2 ? INSTALLMENT_COUNTS : undefined} />
        <DiscountsSection value={form.discounts} set={setDiscounts} />
        <AgentDiscountSection value={form.agentDiscount} set={setAgentDiscount} />
        <GeneralSection value={general} set={setGeneral} namedSteps={form.v2.isV2} />
        {form.v2.isV2 ? (
          <>
            <ProgrammesSection value={form.v2} set={setV2} tables={programmeTables} />
            <AddOnsSection value={form.v2} set={setV2} />
            <TermsAndRoundingSection value={form.v2} set={setV2} />
          </>
        ) : null}
      </div>
      </GridTextsContext.Provider>
    </EditorContext.Provider>
  );
}
