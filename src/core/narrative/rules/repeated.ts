import { compareSame } from "../../rounding/compare";
import { reportedOf } from "../quantity";
import type { NarrativeRule } from "../context";
import type { ResolvedMention } from "../topic";
import { plain } from "../format";

/** The same figure in the same 口径: one topic, side, budget family and project. */
function keyOf(r: ResolvedMention): string {
  return [r.topic.id, r.topic.sided && r.scope.budget ? "budget" : "", r.scope.general ? "general" : "", r.scope.project?.projectName?.text ?? ""].join("|");
}

/** Whether a mention agrees with some table figure its label may mean. */
function matchesTable(r: ResolvedMention): boolean {
  return r.candidates.some((c) => compareSame(reportedOf(r.mention), reportedOf({ ...c, unit: r.topic.unit })).holds);
}

/**
 * The report contradicting itself: one figure the tables state, stated twice (in one 口径) with values whose
 * rounding intervals do not meet. Two statements that each agree with a table are left alone — they quote two tables' 口径 (表6 公用经费
 * and the 基础数据表's), which the table rules judge.
 */
const rule: NarrativeRule = {
  id: "narrative.repeated",
  title: "报告正文前后数字不一致",
  severity: "error",
  identity: "正文中同一口径的同一数字在各处相同（按舍入区间比较）",
  docs:
    "表格中有对应数字的同一名称、同一口径（预算或实际、是否一般公共预算财政拨款、是否某个项目）的数字在正文中出现两次以上而数值不同（舍入区间不相交）时报告，" +
    "指出与表格不符的一处及与之矛盾的段落。表格中没有的数字（某项指标的自评得分、某项基金的执行率）可能各指一事，不作比较；两处各与一张表的数字相符的，属于表间口径差异，由表格核对规则判断，此处不报。" +
    "与表格不符的那一处已由“报告正文数字与表格不符”指出时，前后不一致并入该条（作为其引起的问题列出），不单列。",
  tables: [],
  check(ctx) {
    const first = new Map<string, { r: ResolvedMention; paragraph: { number: number; text: string } }>();
    for (const p of ctx.paragraphs) {
      for (const r of p.resolved) {
        // Only figures the tables state: a score or rate the catalogue cannot place (自评得分 of one indicator and of
        // another, 执行率 of two funds) may differ without contradiction.
        if (!r || !r.candidates.length) continue;
        const key = keyOf(r);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { r, paragraph: p.paragraph });
          continue;
        }
        const cmp = compareSame(reportedOf(r.mention), reportedOf(earlier.r.mention));
        if (cmp.holds) continue;
        const [laterMatches, earlierMatches] = [matchesTable(r), matchesTable(earlier.r)];
        if (laterMatches && earlierMatches) continue;
        // The statement the tables do not bear out is the one to fix; the other is quoted as the reference.
        const [wrong, right] = laterMatches ? [{ ...earlier }, { r, paragraph: p.paragraph }] : [{ r, paragraph: p.paragraph }, earlier];
        const d = compareSame(reportedOf(wrong.r.mention), reportedOf(right.r.mention));
        ctx.report({
          paragraph: wrong.paragraph,
          candidate: wrong.r.candidates[0] ?? null,
          message:
            `第${wrong.paragraph.number}段“${wrong.r.mention.label}${wrong.r.mention.text}”与第${right.paragraph.number}段“${right.r.mention.label}${right.r.mention.text}”` +
            `是同一个数（${r.topic.name}），前后不一致`,
          expected: plain(right.r.mention.value, right.r.mention.decimals),
          actual: plain(wrong.r.mention.value, wrong.r.mention.decimals),
          difference: plain(d.difference),
          tolerance: plain(d.tolerance, 4),
        });
      }
    }
  },
};
export default rule;
