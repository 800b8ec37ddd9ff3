import { hasValue } from "../../values/figure";
import { formatPlain } from "../../values/format";
import { intervalOf } from "../../rounding/interval";
import { indicatorScore } from "../../scoring/indicator";
import { defineRule } from "../rule";
import { displayDecimals, reported } from "../context";

export default defineRule({
  id: "selfeval.indicator-full-score",
  title: "未达到年度指标值的定量指标不应得满分",
  severity: "warning",
  identity: "定量指标：实际完成值未达到年度指标值 ⇒ 得分 < 分值（按评分设置计算应得分）",
  docs: "年度指标值与实际完成值都是可比的数值（如“≥95%”与“93%”、“15 人”与“14 人”）而未达标时，得分仍为满分多半是照抄分值。评价人可能另有依据，故为警告；定性指标不核对。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    for (const e of ctx.index.selfEvals()) {
      for (const i of e.table.indicators) {
        if (!i.target || !i.actual || !hasValue(i.weight) || !hasValue(i.score)) continue;
        // Full score within rounding: the score's interval reaches the weight. Tested first: it is cheap, and
        // only a full score needs the indicator's values read and scored.
        if (intervalOf(reported("score", i.score)).high.lt(i.weight.value)) continue;
        const outcome = indicatorScore(i.target.text, i.actual.text, i.weight.value, ctx.scoring);
        if (outcome.kind !== "computed" || outcome.met) continue;
        const dp = displayDecimals(i.score);
        ctx.report({
          table: e.kind,
          severity: "warning",
          message: `${e.name}“${i.name.text}”实际完成值“${i.actual.text}”未达到年度指标值“${i.target.text}”，得分却为满分 ${formatPlain(i.score.value, dp)}；按评分办法应得 ${formatPlain(outcome.score, dp)}`,
          primary: i.score,
          related: [i.target, i.actual, i.weight],
          expected: formatPlain(outcome.score, dp),
          actual: formatPlain(i.score.value, dp),
          difference: formatPlain(i.score.value.minus(outcome.score), dp),
          tolerance: intervalOf(reported("score", i.score)).high.minus(i.score.value).toString(),
        });
      }
    }
  },
});
