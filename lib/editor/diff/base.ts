/** Base rates: each component's label, per-model rates and fallback table. */
import type { Differ, Where } from "./differ";
import { at, sameDecimal, type Obj } from "./values";

export function diffBase(d: Differ, b: Obj, a: Obj) {
  const path = "components";
  d.object({ area: "base" }, "components", path, b.components, a.components, (bc, ac) => {
    for (const component of ["damage", "theft"] as const) {
      const where: Where = { area: "base", component };
      const cPath = at(path, component);
      if (bc[component] === undefined || ac[component] === undefined) {
        d.leaf(where, "component", cPath, bc[component] === undefined ? undefined : component, ac[component] === undefined ? undefined : component);
        continue;
      }
      d.object(where, "component", cPath, bc[component], ac[component], (bo, ao) => {
        d.localized(where, "label", at(cPath, "label"), bo.label, ao.label);
        const mPath = at(cPath, "byModel");
        d.object(where, "byModel", mPath, bo.byModel, ao.byModel, (bm, am) => {
          const models = [...Object.keys(am), ...Object.keys(bm).filter((m) => !(m in am))];
          for (const model of models) {
            const rowWhere = { ...where, rowKey: model };
            if (!(model in bm)) d.added(rowWhere, "row", at(mPath, model), am[model]);
            else if (!(model in am)) d.removed(rowWhere, "row", at(mPath, model), bm[model]);
            else d.leaf(rowWhere, "value", at(mPath, model), bm[model], am[model], sameDecimal);
          }
        });
        const fPath = at(cPath, "fallback");
        d.object(where, "fallback", fPath, bo.fallback, ao.fallback, (bf, af) => {
          d.ordered(where, "fallback.keys", at(fPath, "keys"), bf.keys, af.keys);
          d.rows(where, at(fPath, "rows"), bf.rows, af.rows, bf.keys, af.keys);
          d.unknownKeys(where, "fallback", fPath, bf, af, ["keys", "rows"]);
        });
        d.unknownKeys(where, "", cPath, bo, ao, ["label", "byModel", "fallback"]);
      });
    }
    d.unknownKeys({ area: "base" }, "components", path, bc, ac, ["damage", "theft"]);
  });
}
