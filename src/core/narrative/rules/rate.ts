import { compareRate } from "../../rounding/compare";
import { reportedOf } from "../quantity";
import type { NarrativeRule } from "../context";
import { formatQuantity, plain } from "../format";

/**
 * 执行率/完成率/控制率 recomputed from the two figures the sentence states before it: the realised one over
 * the planned one (预算, 编制). "全年预算数200.00万元，全年执行数196.50万元，预算执行率98.25%" holds; 97.25% does not.
 */
const rule: NarrativeRule = {
  id: "narrative.rate",
  title: "报告正文中的比率与所述数字不符",
  severity: "error",
  identity: "正文所写执行率、完成率、控制率 = 同句所写实际数 ÷ 预算数（编制数）× 100%（按舍入区间比较）",
  docs:
    "同一句中先写预算数（或编制数）和实际数、再写“执行率”“完成率”“控制率”的，按所写两数重算比率，与所写比率的舍入区间不相交时报告。" +
    "分母取名称含“预算”“编制”“计划”“核定”的数字，分子取另一个。比率的表格单元格（如自评表的预算执行率）一并列出。",
  tables: ["selfeval.overall", "selfeval.project", "basedata", "final.09"],
  check(ctx) {
    for (const p of ctx.paragraphs) {
      for (const claim of p.claims) {
        if (claim.kind !== "rate") continue;
        const c = compareRate(reportedOf(claim.rate), reportedOf(claim.numerator), reportedOf(claim.denominator));
        if (!c || c.holds) continue;
        const resolved = p.resolved.find((r) => r?.mention === claim.rate);
        const sources = [claim.rate, claim.numerator, claim.denominator].flatMap((m) => p.resolved.find((r) => r?.mention === m)?.candidates[0]?.sources ?? []);
        ctx.report({
          paragraph: p.paragraph,
          candidate: resolved?.candidates[0] ?? null,
          related: sources,
          message:
            `第${p.paragraph.number}段“${claim.rate.label}${claim.rate.text}”与所述数字不符：${claim.numerator.label}${claim.numerator.text} ÷ ` +
            `${claim.denominator.label}${claim.denominator.text} = ${formatQuantity(c.expected, "percent", 2)}`,
          expected: plain(c.expected),
          actual: plain(c.actual, claim.rate.decimals),
          difference: plain(c.difference),
          tolerance: plain(c.tolerance, 4),
        });
      }
    }
  },
};
export default rule;
