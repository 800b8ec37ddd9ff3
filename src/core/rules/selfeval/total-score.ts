import { defineRule } from "../rule";
import { scoredParts } from "./scored-parts";

export default defineRule({
  id: "selfeval.total-score",
  title: "各项得分之和应等于总得分",
  severity: "error",
  identity: "Σ 全部得分（三级指标 + 预算执行率）= 总分（得分）",
  docs: "自评表的预算执行率得分与全部三级指标得分相加，应等于表中填写的总得分。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    for (const e of ctx.index.selfEvals()) {
      const parts = scoredParts(e, "score");
      if (parts.length === 0) continue;
      ctx.sum({
        table: e.kind,
        total: { label: `${e.name}总得分`, figure: e.table.totalScore },
        parts,
        partsLabel: "各项得分之和",
        measure: "score",
      });
    }
  },
});
