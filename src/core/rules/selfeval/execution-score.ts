import Decimal from "decimal.js";
import { hasValue, type Figure } from "../../values/figure";
import { formatPercent, formatPlain } from "../../values/format";
import { intervalOf } from "../../rounding/interval";
import { executionScore, weightOf } from "../../scoring/rates";
import { defineRule } from "../rule";

const HUNDRED = new Decimal(100);

type Valued = Figure & { value: Decimal };

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
        const { rate, execution, budget } = row;
        const byRate = hasValue(rate);
        if (!byRate && !(hasValue(execution) && hasValue(budget) && budget.value.gt(0) && intervalOf(budget).low.gt(0))) {
          if (!(hasValue(execution) && hasValue(budget) && budget.value.gt(0))) {
            ctx.skip(e.kind, `${row.label}执行率及全年执行数、全年预算数未填全，无法核对得分`, [row.score, row.rate, row.execution, row.budget]);
          }
          continue;
        }
        // The expected score from the figures' values (as written, or as error localisation tries them). Its
        // interval is only worked out when asked (derived asks when the written score is not the value rounded).
        // The divisors are 100 or a budget whose interval lies above 0, so every score below is defined.
        const expectation = (v: (f: Valued) => Decimal) => {
          const weight = weightOf(v(row.weight as Valued));
          const score = (exec: Decimal, base: Decimal) => executionScore(exec, base, weight, ctx.scoring);
          if (byRate) {
            const r = { value: v(rate as Valued), decimals: (rate as Valued).decimals };
            return { weight, expected: score(r.value, HUNDRED), interval: () => ({ low: score(intervalOf(r).low, HUNDRED)!, high: score(intervalOf(r).high, HUNDRED)! }) };
          }
          const a = intervalOf({ value: v(execution as Valued), decimals: (execution as Valued).decimals });
          const b = intervalOf({ value: v(budget as Valued), decimals: (budget as Valued).decimals });
          const valid = b.low.gt(0);
          return { weight, expected: valid ? score(v(execution as Valued), v(budget as Valued)) : undefined, interval: () => ({ low: score(a.low, b.high)!, high: score(a.high, b.low)! }) };
        };
        const asWritten = expectation((f) => f.value);
        const { weight, expected, interval } = asWritten;
        const source = byRate
          ? () => `分值 ${formatPlain(weight, weightDecimals)} × 执行率 ${formatPercent((rate as Valued).value, (rate as Valued).decimals)}`
          : () => `分值 ${formatPlain(weight, weightDecimals)} × 全年执行数 ÷ 全年预算数`;
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
          recompute: (v) => {
            const again = expectation(v);
            return again.expected ? { expected: again.expected, interval: again.interval() } : undefined;
          },
        });
      }
    }
  },
});
