/** Row conditions: a canonical key (for matching) and words (for the editor). */
import { canonical, decimalText, isObj, show } from "./values";

export function scalarKey(v: unknown): string {
  if (typeof v === "number") return `n:${decimalText(v) ?? String(v)}`;
  if (typeof v === "string") return `s:${v}`;
  if (typeof v === "boolean") return `b:${v}`;
  return `j:${canonical(v)}`;
}

function conditionKey(cond: unknown): string {
  if (Array.isArray(cond)) return `[${[...new Set(cond.map(scalarKey))].sort().join(",")}]`;
  if (isObj(cond)) {
    const parts = Object.keys(cond)
      .filter((k) => cond[k] !== undefined)
      .sort()
      .map((k) => `${k}:${(k === "gte" || k === "lt") && decimalText(cond[k]) !== undefined ? `d:${decimalText(cond[k])}` : canonical(cond[k])}`);
    return `{${parts.join(",")}}`;
  }
  return scalarKey(cond);
}

/** The conditions of a row as a key: variable order and list order do not matter, "3" and 3.0 bounds are one. */
export function whenKey(when: unknown): string {
  if (!isObj(when)) return `j:${canonical(when)}`;
  return Object.keys(when)
    .filter((k) => when[k] !== undefined)
    .sort()
    .map((k) => `${k}=${conditionKey(when[k])}`)
    .join("&");
}

function conditionWords(name: string, cond: unknown): string {
  if (Array.isArray(cond)) return `${name} ∈ {${cond.map((v) => show(v)).join(", ")}}`;
  if (isObj(cond)) {
    const { gte, lt } = cond;
    const extra = Object.keys(cond).some((k) => k !== "gte" && k !== "lt");
    if (!extra && gte !== undefined && lt !== undefined) return `${name} ${show(gte)}–${show(lt)}`;
    if (!extra && gte !== undefined) return `${name} ≥ ${show(gte)}`;
    if (!extra && lt !== undefined) return `${name} < ${show(lt)}`;
    return `${name} ${JSON.stringify(cond)}`;
  }
  return `${name} ${show(cond)}`;
}

/** A row's conditions in words, variables in the table's key order: "driver.age 18–22 × driver.experienceYears 0–2". */
export function whenWords(when: unknown, keyOrder: readonly unknown[] = []): string {
  if (!isObj(when)) return show(when) ?? "—";
  const rank = (k: string) => {
    const i = keyOrder.indexOf(k);
    return i === -1 ? keyOrder.length : i;
  };
  const names = Object.keys(when)
    .filter((k) => when[k] !== undefined)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.length === 0 ? "any" : names.map((k) => conditionWords(k, when[k])).join(" × ");
}
