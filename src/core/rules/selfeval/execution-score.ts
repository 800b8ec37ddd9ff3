import Decimal from "decimal.js";
import { hasValue } from "../../values/figure";
import { formatPercent, formatPlain } from "../../values/format";
import { intervalOf, type Interval } from "../../rounding/interval";
import { executionScore, weightOf } from "../../scoring/rates";
import { defineRule } from "../rule";

const HUNDRED = new Decimal(100);

export default defineRule({
  id: "selfeval.execution-score",
  title: "预算执行率得分应等于分值乘以执行率",
  severity: "error",
  identity: "预算执行率得分 = 分值 × min(执行率, 100%)（是否封顶 100% 按评分设置）",
  docs: "整体自评表和项目自评表的预算执行率得分，按所填执行率（未填时按全年执行数 ÷ 全年预算数）乘以分值核对，执行率超过 100% 的按 100% 计（评分设置可改）。容差取执行率与得分的舍入区间。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    for (const e of ctx.index.selfEvals()) {
      for (const row of e.rows) {
        if (!hasValue(row.weight) || !hasValue(row.score)) continue;
        const weightDecimals = row.weight.decimals;
        const weight = weightOf(row.weight.value);
        const score = (exec: Decimal, budget: Decimal) => executionScore(exec, budget, weight, ctx.scoring);
        // The expected score decides; its interval and the wording of its source are only worked out when the
        // written score is not that value rounded (derived asks for them then). The divisors are 100 or a
        // budget whose interval lies above 0, so every score below is defined.
        let expected: Decimal | undefined;
        let interval: () => Interval;
        let source: () => string;
        if (hasValue(row.rate)) {
          const rate = row.rate;
          expected = score(rate.value, HUNDRED);
          interval = () => {
            const r = intervalOf(rate);
            return { low: score(r.low, HUNDRED)!, high: score(r.high, HUNDRED)! };
          };
          source = () => `分值 ${formatPlain(weight, weightDecimals)} × 执行率 ${formatPercent(rate.value, rate.decimals)}`;
        } else if (hasValue(row.execution) && hasValue(row.budget) && row.budget.value.gt(0)) {
          const a = intervalOf(row.execution);
          const b = intervalOf(row.budget);
          if (b.low.lte(0)) continue;
          expected = score(row.execution.value, row.budget.value);
          interval = () => ({ low: score(a.low, b.high)!, high: score(a.high, b.low)! });
          source = () => `分值 ${formatPlain(weight, weightDecimals)} × 全年执行数 ÷ 全年预算数`;
        } else {
          ctx.skip(e.kind, `${row.label}执行率及全年执行数、全年预算数未填全，无法核对得分`, [row.score, row.rate, row.execution, row.budget]);
          continue;
        }
        if (!expected) continue;
        const capped = () => (ctx.scoring.capExecutionRateAt100 && interval().high.gte(weight) ? "（超过 100% 按 100% 计）" : "");
        ctx.derived({
          table: e.kind,
          actual: { label: `${row.label}得分`, figure: row.score },
          expected,
          interval,
          source: () => source() + capped(),
          related: [row.weight, row.rate, row.execution, row.budget],
          measure: "score",
        });
      }
    }
  },
});
