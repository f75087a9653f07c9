/** The Differ: records changes, with comparisons for values, objects, sets, sequences and rows. */
import { align, keyed, type Keyed } from "./align";
import { scalarKey, whenKey, whenWords } from "./conditions";
import type { RateBookArea, RateBookChange, RateBookChangeKind } from "./types";
import { asArray, at, canonical, isObj, sameDecimal, sameExact, show, type Eq, type Obj } from "./values";

export interface Where {
  area: RateBookArea;
  tableId?: string;
  component?: "damage" | "theft";
  rowKey?: string;
}

export class Differ {
  readonly changes: RateBookChange[] = [];

  private push(where: Where, kind: RateBookChangeKind, field: string, path: string, before: unknown, after: unknown) {
    const b = show(before);
    const a = show(after);
    const change: RateBookChange = {
      kind,
      area: where.area,
      ...(where.tableId !== undefined ? { tableId: where.tableId } : {}),
      ...(where.component !== undefined ? { component: where.component } : {}),
      ...(where.rowKey !== undefined ? { rowKey: where.rowKey } : {}),
      field,
      path,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    };
    this.changes.push(change);
  }

  added(where: Where, field: string, path: string, after: unknown) {
    this.push(where, "added", field, path, undefined, after);
  }

  removed(where: Where, field: string, path: string, before: unknown) {
    this.push(where, "removed", field, path, before, undefined);
  }

  changed(where: Where, field: string, path: string, before: unknown, after: unknown) {
    this.push(where, "changed", field, path, before, after);
  }

  /** One value: added, removed or changed (under `eq`). */
  leaf(where: Where, field: string, path: string, b: unknown, a: unknown, eq: Eq = sameExact) {
    if (b === undefined && a === undefined) return;
    if (b === undefined) this.added(where, field, path, a);
    else if (a === undefined) this.removed(where, field, path, b);
    else if (!eq(b, a)) this.changed(where, field, path, b, a);
  }

  /** An object of known shape: `fn` when both sides are objects, else compared as a whole. */
  object(where: Where, field: string, path: string, b: unknown, a: unknown, fn: (b: Obj, a: Obj) => void) {
    if ((b === undefined || isObj(b)) && (a === undefined || isObj(a))) fn(b ?? {}, a ?? {});
    else this.leaf(where, field, path, b, a);
  }

  /** Keys the diff does not know (a draft's typo): compared as whole values. */
  unknownKeys(where: Where, prefix: string, path: string, b: Obj, a: Obj, known: readonly string[]) {
    const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
    for (const k of keys) if (!known.includes(k)) this.leaf(where, prefix === "" ? k : `${prefix}.${k}`, at(path, k), b[k], a[k]);
  }

  /** { ru, en } text, field by field ("label.ru"). */
  localized(where: Where, field: string, path: string, b: unknown, a: unknown) {
    this.object(where, field, path, b, a, (bo, ao) => {
      for (const lang of ["ru", "en"]) this.leaf(where, `${field}.${lang}`, at(path, lang), bo[lang], ao[lang]);
      this.unknownKeys(where, field, path, bo, ao, ["ru", "en"]);
    });
  }

  /** A list with set meaning (order and repeats do not count): one change per element added or removed. */
  set(where: Where, field: string, path: string, b: unknown, a: unknown) {
    const bl = asArray(b);
    const al = asArray(a);
    if (bl === undefined || al === undefined) {
      if (b === undefined && al !== undefined) this.added(where, field, path, al.map((v) => show(v)).join(", "));
      else if (a === undefined && bl !== undefined) this.removed(where, field, path, bl.map((v) => show(v)).join(", "));
      else this.leaf(where, field, path, b, a);
      return;
    }
    const bKeys = new Set(bl.map(scalarKey));
    const aKeys = new Set(al.map(scalarKey));
    const seen = new Set<string>();
    bl.forEach((v, i) => {
      const k = scalarKey(v);
      if (!aKeys.has(k) && !seen.has(k)) this.removed(where, field, at(path, i), v);
      seen.add(k);
    });
    al.forEach((v, i) => {
      const k = scalarKey(v);
      if (!bKeys.has(k) && !seen.has(k)) this.added(where, field, at(path, i), v);
      seen.add(k);
    });
  }

  /** A list whose order counts but whose elements are plain values (table keys): compared as a whole. */
  ordered(where: Where, field: string, path: string, b: unknown, a: unknown) {
    const text = (v: unknown) => (Array.isArray(v) ? v.map((x) => show(x)).join(", ") : v);
    if (!sameExact(b, a)) this.leaf(where, field, path, text(b), text(a), () => false);
  }

  position(where: Where, path: string, b: Keyed, a: Keyed) {
    this.changed(where, "position", path, String(b.index + 1), String(a.index + 1));
  }

  /** Table rows, matched by their conditions; each change's rowKey is the row's conditions (after `where.rowKey`, if any). */
  rows(where: Where, path: string, b: unknown, a: unknown, keysBefore: unknown, keysAfter: unknown) {
    const bl = asArray(b);
    const al = asArray(a);
    if (bl === undefined || al === undefined) return this.leaf(where, "rows", path, b, a);
    const keyOrder = (v: unknown) => asArray(v) ?? [];
    // Rows of a table inside a named item (an add-on's price, a programme's table) keep the item's name first.
    const words = (row: Keyed, keys: unknown) => {
      const w = whenWords(isObj(row.value) ? row.value.when : row.value, keyOrder(keys));
      const text = row.occurrence === 1 ? w : `${w} (repeat ${row.occurrence})`;
      return where.rowKey === undefined ? text : `${where.rowKey} · ${text}`;
    };
    const rowText = (row: unknown) => (isObj(row) ? (row.note === undefined ? row.value : `${show(row.value)} (${show(row.note)})`) : row);
    const ops = align(
      keyed(bl, (r) => whenKey(isObj(r) ? r.when : r)),
      keyed(al, (r) => whenKey(isObj(r) ? r.when : r)),
      true,
    );
    for (const op of ops) {
      if (op.op === "removed") {
        this.removed({ ...where, rowKey: words(op.b, keysBefore) }, "row", at(path, op.b.index), rowText(op.b.value));
      } else if (op.op === "added") {
        this.added({ ...where, rowKey: words(op.a, keysAfter) }, "row", at(path, op.a.index), rowText(op.a.value));
      } else {
        const rowWhere = { ...where, rowKey: words(op.a, keysAfter) };
        const rowPath = at(path, op.a.index);
        if (op.op === "replaced") this.changed(rowWhere, "when", at(rowPath, "when"), words(op.b, keysBefore), words(op.a, keysAfter));
        else if (op.moved) this.position(rowWhere, rowPath, op.b, op.a);
        this.row(rowWhere, rowPath, op.b.value, op.a.value);
      }
    }
  }

  private row(where: Where, path: string, b: unknown, a: unknown) {
    this.object(where, "row", path, b, a, (bo, ao) => {
      this.leaf(where, "value", at(path, "value"), bo.value, ao.value, sameDecimal);
      this.leaf(where, "note", at(path, "note"), bo.note, ao.note);
      this.unknownKeys(where, "", path, bo, ao, ["when", "value", "note"]);
    });
  }

  /** A sequence of elements matched by id (tables, discounts, decline rules). */
  byId(
    b: unknown,
    a: unknown,
    path: string,
    where: Where,
    field: string,
    idOf: (item: unknown) => string | undefined,
    whereOf: (item: unknown) => Where,
    describe: (item: unknown) => unknown,
    each: (where: Where, path: string, b: unknown, a: unknown) => void,
  ) {
    const bl = asArray(b ?? []);
    const al = asArray(a ?? []);
    if (bl === undefined || al === undefined) return this.leaf(where, field, path, b, a);
    const keyOf = (item: unknown) => {
      const id = idOf(item);
      return id === undefined ? `j:${canonical(item)}` : `id:${id}`;
    };
    for (const op of align(keyed(bl, keyOf), keyed(al, keyOf), false)) {
      if (op.op === "removed") this.removed(whereOf(op.b.value), field, at(path, op.b.index), describe(op.b.value));
      else if (op.op === "added") this.added(whereOf(op.a.value), field, at(path, op.a.index), describe(op.a.value));
      else if (op.op === "both") {
        const itemPath = at(path, op.a.index);
        if (op.moved) this.position(whereOf(op.a.value), itemPath, op.b, op.a);
        each(whereOf(op.a.value), itemPath, op.b.value, op.a.value);
      }
    }
  }
}
