import Decimal from "decimal.js";
import { compareDerived, compareSum } from "../../rounding/compare";
import { intervalOf } from "../../rounding/interval";
import { reportedOf } from "../quantity";
import type { NarrativeRule } from "../context";
import { formatQuantity, plain } from "../format";

const HUNDRED = new Decimal(100);

/**
 * 增长/下降 against the base the sentence states: the direction must match the two figures, the percent is
 * |本年 − 上年| ÷ 上年 (its interval from both figures' intervals), an amount of change is |本年 − 上年|.
 * A percent change over a zero base has no value: "上年0万元…增长100%" is reported as such.
 */
const rule: NarrativeRule = {
  id: "narrative.change",
  title: "报告正文中的增减变化有误",
  severity: "error",
  identity: "增长（下降）率 = |本年数 − 上年数| ÷ 上年数 × 100%；增减额 = |本年数 − 上年数|；上年数为0时不计算增长率",
  docs:
    "“本年x万元，比上年y万元增长（下降）z%”或“较上年增加（减少）d万元”：按所写的本年数与上年数重算。方向与两数不符（减少写成增长）、" +
    "增减率或增减额与重算结果的舍入区间不相交时报告；上年数为0却写增长百分之几的，报告“基数为0”。",
  tables: [],
  check(ctx) {
    for (const p of ctx.paragraphs) {
      for (const claim of p.claims) {
        if (claim.kind !== "change") continue;
        const { current, base, change, verb } = claim;
        const where = `第${p.paragraph.number}段“${verb}${change.text}”`;
        const cells = [current, base].flatMap((m) => p.resolved.find((r) => r?.mention === m)?.candidates[0] ?? []);
        const candidate = cells[0] ?? null;
        const delta = current.value.minus(base.value);
        if (!delta.isZero() && delta.isNegative() !== (claim.direction < 0)) {
          ctx.report({
            paragraph: p.paragraph,
            candidate,
            message: `${where}方向有误：本年${current.text}、上年${base.text}，应为${delta.isNegative() ? "下降（减少）" : "增长（增加）"}`,
          });
          continue;
        }
        if (change.unit === "percent") {
          if (base.value.isZero()) {
            ctx.report({ paragraph: p.paragraph, candidate, message: `${where}无从计算：上年数为0（${base.label}${base.text}），不能表述为增长或下降的百分比` });
            continue;
          }
          const b = intervalOf(reportedOf(base));
          const a = intervalOf(reportedOf(current));
          if (b.low.lte(0) && b.high.gte(0)) continue;
          const sign = claim.direction;
          const corners = [a.low.minus(b.low).dividedBy(b.low), a.low.minus(b.high).dividedBy(b.high), a.high.minus(b.low).dividedBy(b.low), a.high.minus(b.high).dividedBy(b.high)].map((q) =>
            q.times(HUNDRED).times(sign),
          );
          const expected = delta.dividedBy(base.value).times(HUNDRED).times(sign);
          const cmp = compareDerived(reportedOf(change), expected, { low: Decimal.min(...corners), high: Decimal.max(...corners) });
          if (cmp.holds) continue;
          ctx.report({
            paragraph: p.paragraph,
            candidate,
            message: `${where}有误：(${current.text} − ${base.text}) ÷ ${base.text} = ${formatQuantity(expected, "percent", 2)}`,
            expected: plain(expected),
            actual: plain(change.value, change.decimals),
            difference: plain(cmp.difference),
            tolerance: plain(cmp.tolerance, 4),
          });
        } else if (change.unit === "money") {
          const [plus, minus] = claim.direction > 0 ? [current, base] : [base, current];
          const cmp = compareSum(reportedOf(change), [reportedOf(plus), { ...reportedOf(minus), weight: -1 }]);
          if (cmp.holds) continue;
          ctx.report({
            paragraph: p.paragraph,
            candidate,
            message: `${where}有误：本年${current.text}、上年${base.text}，相差 ${formatQuantity(cmp.expected, "money", 2)}`,
            expected: plain(cmp.expected),
            actual: plain(change.value, change.decimals),
            difference: plain(cmp.difference),
            tolerance: plain(cmp.tolerance, 4),
          });
        }
      }
    }
  },
};
export default rule;
