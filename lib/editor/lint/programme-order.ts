/**
 * "A programme with fewer risks never costs more than a fuller one of the same insurer": the
 * checks a draft allows without pricing. For each pair of programmes where one's risks are a
 * strict subset of the other's:
 * - formula programmes: the smaller one's own tables must not raise the price (no coefficient
 *   above 1, no loading above 0), the fuller one's must not lower it, and a shared table over
 *   `program` must not give the smaller one a larger value than the fuller one;
 * - flat programmes: the smaller one's rate and minimum premium must not exceed the fuller one's.
 * A flat programme against a formula one depends on the car and the driver; the property tests
 * price the books to check it.
 */
import type { Decimal } from "@/lib/rating/decimal";
import { type PathSegment } from "./issue";
import { asArray, dec, isObj, type Obj } from "./json";

export interface ProgrammeFinding {
  key: string;
  path: PathSegment[];
  message: string;
}

interface Programme {
  index: number;
  id: string;
  name: string;
  risks: Set<string>;
  flat: { rate: Decimal | undefined; minimum: Decimal | undefined } | undefined;
  factors: Obj[];
}

function readProgrammes(book: Obj): Programme[] {
  return asArray(book.programmes).flatMap((p, index) => {
    if (!isObj(p) || typeof p.id !== "string") return [];
    const pricing = isObj(p.pricing) ? p.pricing : {};
    const name = isObj(p.name) && typeof p.name.ru === "string" ? p.name.ru : p.id;
    return [
      {
        index,
        id: p.id,
        name,
        risks: new Set(asArray(p.risks).filter((r): r is string => typeof r === "string")),
        flat: pricing.type === "flat" ? { rate: dec(pricing.rate), minimum: dec(pricing.minimumPremium) } : undefined,
        factors: asArray(p.factors).filter(isObj),
      },
    ];
  });
}

const strictSubset = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((r) => b.has(r));

/** Each value cell of a table (rows, then the default) with its path. */
function cells(table: Obj, base: PathSegment[]): [Decimal, PathSegment[]][] {
  const out: [Decimal, PathSegment[]][] = [];
  asArray(table.rows).forEach((row, r) => {
    const v = isObj(row) ? dec(row.value) : undefined;
    if (v) out.push([v, [...base, "rows", r, "value"]]);
  });
  const d = dec(table.default);
  if (d) out.push([d, [...base, "default"]]);
  return out;
}

const raises = (table: Obj, v: Decimal) => (table.operation === "add" ? v.gt(0) : v.gt(1));
const lowers = (table: Obj, v: Decimal) => (table.operation === "add" ? v.lt(0) : v.lt(1));

/** The value a table over `program` alone gives a programme (its first matching row, else the default). */
function valueFor(table: Obj, programme: string): { value: Decimal; path: PathSegment[] } | undefined {
  const rows = asArray(table.rows);
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (!isObj(row) || !isObj(row.when)) continue;
    const cond = row.when.program;
    const hit = cond === undefined || cond === programme || (Array.isArray(cond) && cond.includes(programme));
    const v = dec(row.value);
    if (hit && v) return { value: v, path: ["rows", r, "value"] };
  }
  const d = dec(table.default);
  return d ? { value: d, path: ["default"] } : undefined;
}

export function programmeOrder(book: Obj): ProgrammeFinding[] {
  const findings: ProgrammeFinding[] = [];
  const programmes = readProgrammes(book);
  const shared = asArray(book.factors)
    .map((t, i) => [t, i] as const)
    .filter((entry): entry is readonly [Obj, number] => isObj(entry[0]) && asArray(entry[0].keys).includes("program"));
  for (const small of programmes) {
    for (const full of programmes) {
      if (small === full || !strictSubset(small.risks, full.risks)) continue;
      const pair = `программа «${small.name}» покрывает меньше рисков, чем «${full.name}»`;
      const key = (what: string) => `${small.id}|${full.id}|${what}`;
      if (small.flat && full.flat) {
        if (small.flat.rate && full.flat.rate && small.flat.rate.gt(full.flat.rate)) {
          findings.push({ key: key("rate"), path: ["programmes", small.index, "pricing", "rate"], message: `${pair}, но её тариф выше: она будет стоить дороже` });
        }
        if (small.flat.minimum && (!full.flat.minimum || small.flat.minimum.gt(full.flat.minimum))) {
          findings.push({ key: key("minimum"), path: ["programmes", small.index, "pricing", "minimumPremium"], message: `${pair}, но её минимальная премия выше` });
        }
        continue;
      }
      if (small.flat || full.flat) continue;
      small.factors.forEach((table, t) => {
        for (const [v, path] of cells(table, ["programmes", small.index, "factors", t])) {
          if (raises(table, v)) findings.push({ key: key(`${String(table.id)}|${path.slice(-2).join(".")}`), path, message: `${pair}, но её таблица «${String(table.id)}» повышает тариф (${v.toString()})` });
        }
      });
      full.factors.forEach((table, t) => {
        for (const [v, path] of cells(table, ["programmes", full.index, "factors", t])) {
          if (lowers(table, v)) findings.push({ key: key(`${String(table.id)}|${path.slice(-2).join(".")}`), path, message: `${pair}, но таблица «${String(table.id)}» полной программы снижает её тариф (${v.toString()}): меньшая может стоить дороже` });
        }
      });
      for (const [table, i] of shared) {
        if (asArray(table.keys).length !== 1) continue;
        const a = valueFor(table, small.id);
        const b = valueFor(table, full.id);
        if (a && b && a.value.gt(b.value)) {
          findings.push({ key: key(String(table.id)), path: ["factors", i, ...a.path], message: `${pair}, но таблица «${String(table.id)}» даёт ей ${a.value.toString()} против ${b.value.toString()}` });
        }
      }
    }
  }
  return findings;
}
