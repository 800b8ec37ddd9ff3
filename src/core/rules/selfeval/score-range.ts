import { hasValue, type Figure } from "../../values/figure";
import { formatPlain } from "../../values/format";
import { intervalOf } from "../../rounding/interval";
import { defineRule } from "../rule";
import { displayDecimals, reported } from "../context";

export default defineRule({
  id: "selfeval.score-range",
  title: "得分应在 0 与分值之间",
  severity: "error",
  identity: "0 ≤ 得分 ≤ 分值（每个三级指标及预算执行率）",
  docs: "每个三级指标和预算执行率的得分不能为负，也不能超过其分值（超过部分超出舍入容差才报）。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    for (const e of ctx.index.selfEvals()) {
      // Labels are worded only for a score that is reported.
      const check = (label: () => string, weight: Figure | null, score: Figure | null) => {
        if (!hasValue(score)) return;
        const dp = displayDecimals(score);
        if (score.value.isNegative()) {
          ctx.report({
            table: e.kind,
            severity: "error",
            message: `${label()}得分为 ${formatPlain(score.value, dp)}，得分不能为负`,
            primary: score,
            related: [weight],
            expected: "0",
            actual: formatPlain(score.value, dp),
            difference: formatPlain(score.value, dp),
            tolerance: "0",
          });
          return;
        }
        // A score at most its weight is within range whatever the rounding: no intervals needed.
        if (!hasValue(weight) || score.value.lte(weight.value)) return;
        const over = intervalOf(reported("score", score)).low.minus(intervalOf(reported("score", weight)).high);
        if (over.lte(0)) return;
        const difference = score.value.minus(weight.value);
        ctx.report({
          table: e.kind,
          severity: "error",
          message: `${label()}得分 ${formatPlain(score.value, dp)} 超过分值 ${formatPlain(weight.value, dp)}，多 ${formatPlain(difference, dp)}`,
          primary: score,
          related: [weight],
          expected: `${formatPlain(weight.value, dp)}`,
          actual: formatPlain(score.value, dp),
          difference: formatPlain(difference, dp),
          tolerance: difference.minus(over).toString(),
        });
      };
      for (const r of e.rows) check(() => `${r.label}（预算执行率）`, r.weight, r.score);
      for (const i of e.table.indicators) check(() => `${e.name}“${i.name.text}”`, i.weight, i.score);
    }
  },
});
