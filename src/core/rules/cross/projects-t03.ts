import Decimal from "decimal.js";
import { hasValue, type Figure } from "../../values/figure";
import { formatAmount, formatPlain } from "../../values/format";
import { compareSum } from "../../rounding/compare";
import { defineRule } from "../rule";
import { reported } from "../context";
import { totalRow } from "../final/subjects";

export default defineRule({
  id: "cross.projects-t03.project-total",
  title: "各项目自评表执行数之和与表3 项目支出比较",
  severity: "warning",
  identity: "Σ 项目自评表 年度资金总额·全年执行数 ≤ 表3 合计行·项目支出",
  docs: "项目自评表只覆盖做了自评的项目：执行数之和小于表3 项目支出时提示有项目未做自评（提示）；大于表3 项目支出超出舍入容差时多半有项目执行数填错或口径不同（警告）。",
  tables: ["selfeval.project", "final.03"],
  check(ctx) {
    const total = totalRow(ctx.model.final.t03!);
    const project = total?.values.project;
    if (!hasValue(project)) return ctx.skip("final.03", "表3 合计行·项目支出未填列", [project]);
    const executions: Figure[] = [];
    for (const p of ctx.model.projects) {
      const f = p.money.find((m) => m.key === "total")?.execution;
      if (hasValue(f)) executions.push(f);
    }
    if (executions.length === 0) return ctx.skip("selfeval.project", "项目自评表均未填列全年执行数", [project]);
    const c = compareSum(reported("money", project), executions.map((f) => reported("money", f as Figure & { value: Decimal })));
    const sum = c.expected;
    // Worded only when there is something to report.
    const base = () => ({ table: "final.03" as const, primary: project, related: executions, expected: formatPlain(sum), actual: formatPlain(project.value), difference: formatPlain(c.difference), tolerance: c.tolerance.toString() });
    const n = `${executions.length} 张项目自评表`;
    if (c.holds) {
      if (!c.difference.isZero()) ctx.report({ ...base(), severity: "info", type: "rounding", message: `表3 项目支出 ${formatAmount(project.value)}，${n}全年执行数之和 ${formatAmount(sum)}，相差 ${formatAmount(c.difference.abs())}，系四舍五入造成，属尾差，无需修改` });
    } else if (sum.lt(project.value)) {
      // A remark to look at, not a rule that could not run.
      ctx.report({ ...base(), severity: "info", type: "broken", message: `${n}全年执行数之和 ${formatAmount(sum)}，少于表3 项目支出 ${formatAmount(project.value)} 计 ${formatAmount(project.value.minus(sum))}（占 ${formatPlain(project.value.minus(sum).dividedBy(project.value).times(new Decimal(100)))}%），可能有项目未做绩效自评` });
    } else {
      ctx.report({ ...base(), severity: "warning", message: `${n}全年执行数之和 ${formatAmount(sum)}，超过表3 项目支出 ${formatAmount(project.value)} 计 ${formatAmount(sum.minus(project.value))}，请核对各项目执行数或口径` });
    }
  },
});
