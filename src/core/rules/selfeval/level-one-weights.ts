import { hasValue } from "../../values/figure";
import { defineRule } from "../rule";
import { levelOneKey } from "./tables";

export default defineRule({
  id: "selfeval.level-one-weights",
  title: "一级指标下各三级指标分值之和应等于其标明的分值",
  severity: "error",
  identity: "每个一级指标：Σ 其下三级指标分值 = 一级指标标明的分值（如“产出指标（50分）”）",
  docs: "一级指标（产出、效益、满意度、成本）在标签中标明分值时，其下各三级指标的分值相加应等于该分值。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    // The 三级指标 under a 一级指标 are matched by levelOneKey, worked out once per distinct name (every
    // table repeats the same few 一级指标).
    const keyOf = new Map<string, string>();
    const key = (name: string) => {
      let k = keyOf.get(name);
      if (k === undefined) keyOf.set(name, (k = levelOneKey(name)));
      return k;
    };
    for (const e of ctx.index.selfEvals()) {
      const keys = e.table.indicators.map((i) => key(i.level1));
      for (const level of e.table.levelOne) {
        if (!hasValue(level.declaredWeight)) continue;
        const levelKey = key(level.name);
        const under = e.table.indicators.filter((_, n) => keys[n] === levelKey);
        if (under.length === 0) {
          ctx.skip(e.kind, `${e.name}一级指标“${level.name}”下未找到三级指标`, [level.declaredWeight]);
          continue;
        }
        ctx.sum({
          table: e.kind,
          total: { label: `${e.name}“${level.name}”标明的分值`, figure: level.declaredWeight },
          parts: under.map((i) => ({ label: i.name.text, figure: i.weight })),
          partsLabel: "其下各三级指标分值之和",
          measure: "score",
        });
      }
    }
  },
});
