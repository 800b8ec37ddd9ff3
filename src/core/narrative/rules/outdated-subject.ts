import { yearOf } from "../../report/identity";
import type { NarrativeRule } from "../context";

/**
 * 政府收支分类科目 names the report still uses after they were renamed: (old name, new name, first year of the
 * new name). A small list of the renames reports copied forward most often.
 */
export const OUTDATED_SUBJECTS: readonly { old: string; current: string; since: number }[] = [
  { old: "医疗卫生与计划生育支出", current: "卫生健康支出", since: 2019 },
  { old: "医疗卫生与计划生育管理事务", current: "卫生健康管理事务", since: 2019 },
  { old: "医疗卫生支出", current: "卫生健康支出", since: 2014 },
  { old: "国土海洋气象等支出", current: "自然资源海洋气象等支出", since: 2019 },
  { old: "国土资源气象等支出", current: "自然资源海洋气象等支出", since: 2019 },
  { old: "资源勘探信息等支出", current: "资源勘探工业信息等支出", since: 2019 },
  { old: "城乡社区事务", current: "城乡社区支出", since: 2014 },
  { old: "农林水事务", current: "农林水支出", since: 2014 },
];

const rule: NarrativeRule = {
  id: "narrative.outdated-subject",
  title: "报告正文使用已停用的科目名称",
  severity: "warning",
  identity: "正文中的支出功能分类科目名称 = 评价年度适用的科目名称",
  docs:
    "政府收支分类科目改名后，报告仍沿用旧名称的（如2019年起“医疗卫生与计划生育支出”改为“卫生健康支出”）报告警告，并给出现行名称。" +
    `当前收录：${OUTDATED_SUBJECTS.map((s) => `“${s.old}”→“${s.current}”（${s.since}年起）`).join("；")}。评价年度未知时按现行名称核对。`,
  tables: [],
  check(ctx) {
    const year = Number(yearOf(ctx.model)?.text ?? Infinity);
    for (const p of ctx.paragraphs) {
      for (const s of OUTDATED_SUBJECTS) {
        if (year < s.since || !p.paragraph.text.includes(s.old)) continue;
        ctx.report({
          paragraph: p.paragraph,
          message: `第${p.paragraph.number}段使用了已停用的科目名称“${s.old}”：${s.since}年起为“${s.current}”`,
          expected: s.current,
          actual: s.old,
        });
      }
    }
  },
};
export default rule;
