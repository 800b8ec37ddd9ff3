import Decimal from "decimal.js";
import type { TableKind } from "../../model/common";
import { hasValue, type Figure } from "../../values/figure";
import { formatAmount } from "../../values/format";
import { defineRule } from "../rule";
import { projectName } from "../labels";
import { totalRow } from "../final/subjects";

/** How many times the department's own totals a figure must exceed to look like 元 typed into a 万元 table. */
const FACTOR = new Decimal(1000);

type Headline = { table: TableKind; label: string; figure: Figure | null | undefined };

export default defineRule({
  id: "identity.yuan-as-wanyuan",
  title: "金额疑似以元填入万元表",
  severity: "warning",
  identity: "任一合计金额不应超过部门收支总额的 1000 倍（以元填入万元表会大 10⁴ 倍）",
  docs: "以部门级合计（表1 本年收入合计、本年支出合计，表2、表3、表5 合计，整体自评表全年预算数、全年执行数）的中位数为参照，任何表的合计金额超过其 1000 倍，多半是把元当作万元填写。",
  tables: [],
  requires: [],
  check(ctx) {
    const m = ctx.model;
    const department: Headline[] = [
      { table: "final.01", label: "表1 本年收入合计", figure: m.final.t01?.incomeTotal },
      { table: "final.01", label: "表1 本年支出合计", figure: m.final.t01?.expenditureTotal },
      { table: "final.02", label: "表2 合计", figure: m.final.t02 && totalRow(m.final.t02)?.values.total },
      { table: "final.03", label: "表3 合计", figure: m.final.t03 && totalRow(m.final.t03)?.values.total },
      { table: "final.05", label: "表5 合计", figure: m.final.t05 && totalRow(m.final.t05)?.values.total },
      { table: "selfeval.overall", label: "整体自评表 全年预算数", figure: m.overall?.money?.fullYearBudget ?? m.overall?.taskTotal?.budgetTotal },
      { table: "selfeval.overall", label: "整体自评表 全年执行数", figure: m.overall?.money?.execution ?? m.overall?.taskTotal?.executionTotal },
    ];
    const values = department.filter((h) => hasValue(h.figure) && h.figure!.value!.gt(0)).map((h) => h.figure!.value!);
    if (values.length === 0) return;
    const sorted = [...values].sort((a, b) => a.comparedTo(b));
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const others: Headline[] = [
      { table: "final.04", label: "表4 本年收入合计", figure: m.final.t04?.incomeTotal },
      { table: "final.06", label: "表6 人员经费合计", figure: m.final.t06?.personnelTotal },
      { table: "final.06", label: "表6 公用经费合计", figure: m.final.t06?.publicTotal },
      { table: "final.09", label: "表9 决算数·“三公”经费小计", figure: m.final.t09?.actual.total },
      ...m.projects.flatMap((p, i) => {
        const total = p.money.find((r) => r.key === "total");
        return [
          { table: "selfeval.project" as const, label: `${projectName(p, i)} 全年预算数`, figure: total?.fullYearBudget },
          { table: "selfeval.project" as const, label: `${projectName(p, i)} 全年执行数`, figure: total?.execution },
        ];
      }),
      ...(m.basedata?.projects.filter((r) => r.key === "total").map((r) => ({ table: "basedata" as const, label: "基础数据表 项目支出·本年决算数", figure: r.actual })) ?? []),
    ];
    const limit = median.times(FACTOR);
    for (const h of [...department, ...others]) {
      if (!hasValue(h.figure) || h.figure.value.lte(limit)) continue;
      ctx.report({
        table: h.table,
        severity: "warning",
        message: `${h.label}为 ${formatAmount(h.figure.value)} 万元，约为部门收支总额（${formatAmount(median)} 万元）的 ${h.figure.value.dividedBy(median).toDecimalPlaces(0).toString()} 倍，疑似把以元为单位的金额填入了万元表`,
        primary: h.figure,
        actual: h.figure.value.toString(),
      });
    }
  },
});
