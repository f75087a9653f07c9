// Where each issue is shown: the editor cell ("anchor") nearest to its path, and words for the
// summary list ("Таблица «Возраст автомобиля (Кв)», ряд 3, vehicle.ageYears").
import { formatPath, parentPath, type LintIssue } from "@/lib/editor/lint-rate-book";
import { tablePathsAt } from "./form-model/paths";
import { tableAnchors, v2Anchors } from "./form-model/v2";
import { COMPONENTS, ELIGIBILITY_DECIMALS, ELIGIBILITY_INTS, OPTION_LISTS, paths, type EditorIssue, type RateBookForm } from "./form-model";

/** A DOM id for a path (unique: every character outside [A-Za-z0-9-] is escaped). */
export function domId(path: string): string {
  return `rb-${path.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

/** Section headings that take the issues no cell shows. */
export const SECTION_ANCHORS = { general: "", base: "components", eligibility: "eligibility", discounts: "discounts", notes: "notes" } as const;

/** Every path the editor shows a control (or a heading) for. */
export function anchorPaths(form: RateBookForm): Set<string> {
  const out = new Set<string>(Object.values(SECTION_ANCHORS));
  form.models.forEach((_, r) => {
    for (const f of ["model", ...COMPONENTS] as const) out.add(paths.model(r, f));
  });
  for (const c of COMPONENTS) {
    out.add(paths.fallback(c));
    form.fallback[c].rows.forEach((_, r) => {
      for (const k of form.fallback[c].keys) out.add(paths.fallbackCell(c, r, k));
      out.add(paths.fallbackRow(c, r, "value"));
      out.add(paths.fallbackRow(c, r, "note"));
    });
  }
  form.factors.forEach((t, i) => {
    for (const anchor of tableAnchors(t, tablePathsAt(["factors", i]))) out.add(anchor);
  });
  for (const f of [...ELIGIBILITY_INTS, ...ELIGIBILITY_DECIMALS, ...OPTION_LISTS, "regionsServed", "unlimitedDrivers"]) out.add(formatPath(["eligibility", f]));
  out.add("discounts.maxTotalPercent");
  form.discounts.items.forEach((_, i) => {
    for (const f of [["id"], ["label", "ru"], ["label", "en"], ["percent"]]) out.add(paths.discount(i, ...f));
    for (const k of form.discounts.keys) out.add(paths.discountCell(i, k));
  });
  out.add("agentDiscount.maxPercent");
  out.add("agentDiscount.singlePaymentOnly");
  out.add("minimumPremium");
  out.add("rounding.ratePercentDecimals");
  out.add("rounding.premiumDecimals");
  form.notes.forEach((_, i) => {
    out.add(`notes.${i}.ru`);
    out.add(`notes.${i}.en`);
  });
  for (const anchor of v2Anchors(form.v2)) out.add(anchor);
  return out;
}

const BY_MODEL = /^components\.(damage|theft)\.byModel(?:\.([A-Za-z0-9_$-]+)|\["(.*)"\])$/;

/** The anchor that shows an issue at `path`: the cell itself, else the nearest enclosing control or heading. */
export function resolveAnchor(path: string, anchors: ReadonlySet<string>, form: RateBookForm): string {
  const m = BY_MODEL.exec(path);
  if (m) {
    const model = m[2] ?? JSON.parse(`"${m[3] ?? ""}"`);
    const r = form.models.findIndex((x) => x.model.trim() === model);
    if (r >= 0) return paths.model(r, m[1] as "damage" | "theft");
  }
  let p = path;
  for (;;) {
    const candidates = p === "" ? [p] : [p, `${p}.value`, `${p}.percent`, `${p}.id`];
    if (p.endsWith(".rows")) candidates.push(`${parentPath(p)}.default`);
    for (const c of candidates) if (anchors.has(c)) return c;
    if (p === "") return "";
    p = parentPath(p);
  }
}

export interface IssueView {
  issue: EditorIssue;
  anchor: string;
}

export function indexIssues(issues: readonly EditorIssue[], form: RateBookForm): { views: IssueView[]; byAnchor: Map<string, EditorIssue[]> } {
  const anchors = anchorPaths(form);
  const byAnchor = new Map<string, EditorIssue[]>();
  const views = issues.map((issue) => {
    const anchor = resolveAnchor(issue.path, anchors, form);
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), issue]);
    return { issue, anchor };
  });
  return { views, byAnchor };
}

/** The editor's own findings first; a lint issue on a cell the editor already reports is dropped. */
export function mergeIssues(local: readonly EditorIssue[], lint: readonly LintIssue[]): EditorIssue[] {
  const localPaths = new Set(local.map((i) => i.path));
  return [...local, ...lint.filter((i) => !localPaths.has(i.path))];
}

/** The collapsible table an anchor lies in ("factors.3", "programmes.1.factors.0"), for opening it and counting its issues. */
export function tableKeyOf(anchor: string): string | undefined {
  return /^(?:programmes\.\d+\.)?factors\.\d+(?=$|[.[])/.exec(anchor)?.[0];
}

/** The table form at a key from tableKeyOf. */
export function tableAt(form: RateBookForm, key: string): RateBookForm["factors"][number] | undefined {
  const shared = /^factors\.(\d+)$/.exec(key);
  if (shared) return form.factors[Number(shared[1])];
  const own = /^programmes\.(\d+)\.factors\.(\d+)$/.exec(key);
  return own ? form.v2.programmes[Number(own[1])]?.factors[Number(own[2])] : undefined;
}

export function tableTitle(tableId: string | undefined, factors: RateBookForm["factors"]): string | undefined {
  if (tableId === undefined) return undefined;
  if (tableId === "base-rates") return "Базовые тарифы по моделям";
  if (tableId === "damage.fallback") return "Ущерб: запасные ставки";
  if (tableId === "theft.fallback") return "Угон: запасные ставки";
  if (tableId === "discounts") return "Скидки";
  if (tableId === "eligibility") return "Условия приёма";
  const own = /^programme (.+) \/ (.+)$/.exec(tableId);
  if (own) return `Программа ${own[1]}, таблица ${own[2]}`;
  const price = /^add-on (.+)$/.exec(tableId);
  if (price) return `Опция ${price[1]}, цены`;
  const t = factors.find((x) => x.id === tableId) ?? (tableId.startsWith("#") ? factors[Number(tableId.slice(1)) - 1] : undefined);
  return t ? (t.labelRu.trim() || t.id || tableId) : tableId;
}

const COLUMN_WORDS: Record<string, string> = {
  value: "значение",
  note: "примечание",
  default: "значение по умолчанию",
  id: "id",
  "label.ru": "название (рус.)",
  "label.en": "название (англ.)",
  appliesTo: "применяется к",
  operation: "действие",
  keys: "ключи",
  damage: "ущерб",
  theft: "угон",
  model: "модель",
  percent: "скидка",
  "agentDiscount.maxPercent": "наибольшая скидка агента",
  "agentDiscount.singlePaymentOnly": "скидка агента только при оплате сразу",
};

/** "Таблица «Возраст автомобиля (Кв)», ряд 3, vehicle.ageYears". */
export function issuePlace(issue: EditorIssue, factors: RateBookForm["factors"]): string {
  const parts: string[] = [];
  const title = tableTitle(issue.tableId, factors);
  if (issue.tableId === "eligibility" || issue.tableId === "discounts" || /^(programme|add-on) /.test(issue.tableId ?? "")) parts.push(title!);
  else if (title) parts.push(`Таблица «${title}»`);
  if (issue.row !== undefined && issue.row > 0) parts.push(`ряд ${issue.row}`);
  if (issue.column) parts.push(COLUMN_WORDS[issue.column] ?? issue.column);
  return parts.length > 0 ? parts.join(", ") : "Общие сведения";
}
