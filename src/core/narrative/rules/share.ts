import { compareRate } from "../../rounding/compare";
import { reportedOf } from "../quantity";
import type { NarrativeRule } from "../context";
import { formatQuantity, plain } from "../format";
import type { Candidate } from "../topic";

/**
 * 占比 recomputed from its stated parts: the amount before "占" over the whole — the amount before "其中" in
 * the same sentence, or the figure named after 占 ("占一般公共预算财政拨款基本支出的13.21%") as the tables
 * state it. A share written without its "%" ("占72.77") is reported too: the reader cannot tell what it is.
 */
const rule: NarrativeRule = {
  id: "narrative.share",
  title: "报告正文中的占比有误",
  severity: "error",
  identity: "正文所写占比 = 所述分项 ÷ 所述总额 × 100%；占比后须有“%”",
  docs:
    "“其中A x万元，占y%”按所写 x 与“其中”前的总额重算占比；“占B的y%”按所写 x 与表格中的 B 重算。与所写占比的舍入区间不相交时报告错误。" +
    "占比数字后漏写“%”的（“占72.77”）报告警告。",
  tables: ["final.01", "final.03", "final.05", "final.06"],
  check(ctx) {
    for (const p of ctx.paragraphs) {
      for (const claim of p.claims) {
        if (claim.kind !== "share") continue;
        const { share, part } = claim;
        const partCell = part ? p.resolved.find((r) => r?.mention === part)?.candidates[0] : undefined;
        if (share.missingPercent) {
          ctx.report({
            paragraph: p.paragraph,
            severity: "warning",
            candidate: partCell ?? null,
            message: `第${p.paragraph.number}段占比“${share.label}${share.text}”缺少百分号“%”`,
            actual: share.text,
          });
        }
        if (!part) continue;
        let whole: { value: Candidate["value"]; decimals: number; words: string; candidate: Candidate | null } | null = null;
        if (claim.whole) whole = { ...claim.whole, words: `${claim.whole.label}${claim.whole.text}`, candidate: null };
        else if (claim.wholeLabel) {
          const c = ctx.figureNamed(claim.wholeLabel, "money", p.paragraph);
          if (c) whole = { value: c.value, decimals: c.decimals, words: `${claim.wholeLabel}${formatQuantity(c.value, "money", c.decimals)}（表格数）`, candidate: c };
        }
        if (!whole) continue;
        const c = compareRate(reportedOf(share), reportedOf(part), reportedOf({ ...whole, unit: "money" }));
        if (!c || c.holds) continue;
        ctx.report({
          paragraph: p.paragraph,
          candidate: whole.candidate ?? partCell ?? null,
          related: partCell?.sources,
          message:
            `第${p.paragraph.number}段占比“${share.label}${share.text}”有误：${part.label}${part.text} ÷ ${whole.words} = ` +
            `${formatQuantity(c.expected, "percent", 2)}`,
          expected: plain(c.expected),
          actual: plain(c.actual, share.decimals),
          difference: plain(c.difference),
          tolerance: plain(c.tolerance, 4),
        });
      }
    }
  },
};
export default rule;
