import { compareSame } from "../../rounding/compare";
import { reportedOf } from "../quantity";
import { cellName, type NarrativeRule } from "../context";
import { formatQuantity, plain } from "../format";

/**
 * A figure named by its label ("基本支出588.30万元") against the table figure the label stands for, under the
 * rounding model: "588.3万元" stands for [588.25, 588.35] and holds against any table figure whose interval it
 * meets. A label several tables state (基本支出: 表3 or the 自评表) holds when any of them agrees; a finding
 * quotes the first. Shares and rates the sentence states with their parts are the share and rate rules' to judge.
 */
const rule: NarrativeRule = {
  id: "narrative.amount",
  title: "报告正文数字与表格不符",
  severity: "error",
  identity: "正文中按名称引用的金额、比率、分值、人数 = 表格中同名数字（按舍入区间比较）",
  docs:
    "读取报告正文每一处带单位的数字（万元、元、%、分、人）及其前面的名称，如“基本支出936.17万元”“政府性基金预算财政拨款支出135.00万元”“编制数60人”，" +
    "按名称找到表格中的对应数字（一般公共预算财政拨款口径取表5，否则取表1/表3，表格缺少时取自评表、基础数据表；工资福利支出等经济分类取表6），两者舍入区间不相交时报告。" +
    "正文写作“1,286万元”“1286.5万元”等较粗的精度时，只要与表格数字四舍五入一致即不报。段落写明某个项目名称时，预算数、执行数、执行率、得分按该项目的自评表核对。",
  tables: ["final.01", "final.03", "final.04", "final.05", "final.06", "final.09", "selfeval.overall", "selfeval.project", "basedata"],
  check(ctx) {
    for (const p of ctx.paragraphs) {
      // Figures judged with their stated parts by the share and rate rules.
      const judgedElsewhere = new Set(p.claims.flatMap((c) => (c.kind === "share" ? [c.share] : c.kind === "rate" ? [c.rate] : [c.change])));
      for (const r of p.resolved) {
        if (!r || !r.candidates.length || judgedElsewhere.has(r.mention)) continue;
        const stated = reportedOf(r.mention);
        const comparisons = r.candidates.map((c) => ({ c, cmp: compareSame(stated, reportedOf({ ...c, unit: r.topic.unit })) }));
        if (comparisons.some((x) => x.cmp.holds)) continue;
        const { c, cmp } = comparisons[0];
        const side = r.topic.sided ? (r.scope.budget ? "预算" : "实际") : "";
        ctx.report({
          paragraph: p.paragraph,
          candidate: c,
          related: comparisons.slice(1).flatMap((x) => x.c.sources),
          message:
            `第${p.paragraph.number}段“${r.mention.label}${r.mention.text}”与表格不符：${r.topic.name}${side}应为 ${formatQuantity(c.value, r.topic.unit, c.decimals)}` +
            `（${cellName(c)}），正文为 ${r.mention.text}`,
          expected: plain(c.value, c.decimals),
          actual: plain(r.mention.value, r.mention.decimals),
          difference: plain(cmp.difference, Math.max(c.decimals, r.mention.decimals)),
          tolerance: plain(cmp.tolerance, 4),
        });
      }
    }
  },
};
export default rule;
