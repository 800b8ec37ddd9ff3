import { hasValue } from "../../values/figure";
import { defineRule } from "../rule";

export default defineRule({
  id: "selfeval.execution-rate",
  title: "执行率应等于全年执行数除以全年预算数",
  severity: "error",
  identity: "执行率 = 全年执行数（B）÷ 全年预算数（A）× 100%，按所填精度判断",
  docs: "整体自评表和项目自评表中每一行填有执行率的资金行：执行率按全年执行数除以全年预算数核对，容差取执行率所填小数位和两数的舍入区间；截位而非四舍五入、分子分母颠倒、抄错行都会超出容差。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    for (const e of ctx.index.selfEvals()) {
      for (const row of e.rows) {
        if (!hasValue(row.rate) && !hasValue(row.weight)) continue;
        ctx.rate({
          table: e.kind,
          rate: { label: `${row.label}执行率`, figure: row.rate },
          numerator: { label: "全年执行数", figure: row.execution },
          denominator: { label: "全年预算数", figure: row.budget },
        });
      }
    }
  },
});
