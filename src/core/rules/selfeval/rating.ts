import { hasValue } from "../../values/figure";
import { formatPlain } from "../../values/format";
import { normalizeRating, ratingOf } from "../../scoring/rates";
import { defineRule } from "../rule";

export default defineRule({
  id: "selfeval.rating",
  title: "评价等级应与总分相符",
  severity: "error",
  identity: "评价等级 = 按总分所在区间（优 ≥ 90，良 80–<90，中 60–<80，差 < 60，按评分设置）",
  docs: "自评表填写的评价等级（优/良/中/差，或优秀、良好、合格等写法）应与总得分所在的等级区间一致；等级写法无法识别时给出提示。",
  tables: ["selfeval.overall", "selfeval.project"],
  requires: [],
  check(ctx) {
    for (const e of ctx.index.selfEvals()) {
      const { rating, totalScore } = e.table;
      if (!rating || rating.text.trim() === "") continue;
      if (!hasValue(totalScore)) {
        ctx.skip(e.kind, `${e.name}总得分未填列，无法核对评价等级`, [rating]);
        continue;
      }
      const stated = normalizeRating(rating.text);
      if (!stated) {
        ctx.report({ table: e.kind, severity: "info", message: `${e.name}评价等级“${rating.text}”不是可识别的等级写法（优、良、中、差），未核对此项`, primary: rating, related: [totalScore] });
        continue;
      }
      const earned = ratingOf(totalScore.value, ctx.scoring);
      if (earned === stated) continue;
      ctx.report({
        table: e.kind,
        severity: "error",
        message: `${e.name}总得分 ${formatPlain(totalScore.value, Math.max(2, totalScore.decimals))} 对应等级“${earned}”，表中填写为“${rating.text.trim()}”`,
        primary: rating,
        related: [totalScore],
        expected: earned,
        actual: rating.text.trim(),
      });
    }
  },
});
