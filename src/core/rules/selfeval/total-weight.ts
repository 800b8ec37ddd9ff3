import Decimal from "decimal.js";
import { hasValue, type Figure } from "../../values/figure";
import { weightOf } from "../../scoring/rates";
import { defineRule } from "../rule";
import { scoredParts } from "./scored-parts";

export default defineRule({
  id: "selfeval.total-weight",
  title: "各项分值之和应等于总分",
  severity: "error",
  identity: "Σ 全部分值（三级指标 + 预算执行率）= 总分（默认 100）",
  docs: "自评表的预算执行率分值与全部三级指标分值相加，应等于表中填写的总分；表中未填总分时，与评分设置的满分（预算执行率 10 + 产出 50 + 效益 30 + 满意度 10 = 100）比较。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    const w = ctx.scoring.weights;
    const full = [w.executionRate, w.output, w.effect, w.satisfaction].reduce((s: Decimal, x) => s.plus(weightOf(x)), new Decimal(0));
    for (const e of ctx.index.selfEvals()) {
      const parts = scoredParts(e, "weight");
      if (parts.length === 0) continue;
      // Without its 三级指标 the sum is the 预算执行率 分值 alone: comparing that with 100 would blame a table
      // whose indicators were merely not read (structure.read-coverage lists them).
      if (e.table.indicators.length === 0) {
        ctx.skip(e.kind, `${e.name}未读到三级指标`, [e.table.totalWeight, ...parts.map((p) => p.figure)]);
        continue;
      }
      const recorded = hasValue(e.table.totalWeight) ? e.table.totalWeight : null;
      const total: Figure = recorded ?? { value: full, decimals: 0, raw: full.toString(), sheet: e.table.sheet, cell: parts[0].figure!.cell };
      ctx.sum({
        table: e.kind,
        total: { label: recorded ? `${e.name}总分（分值）` : `${e.name}满分 ${full.toString()}（评分设置）`, figure: total },
        parts,
        partsLabel: "各项分值之和",
        measure: "score",
      });
    }
  },
});
