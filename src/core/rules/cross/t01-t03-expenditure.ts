import { defineRule } from "../rule";
import { totalRow } from "../final/subjects";

export default defineRule({
  id: "cross.t01-t03.expenditure-total",
  title: "表1 本年支出合计应与表3 合计一致",
  severity: "error",
  identity: "表1 本年支出合计 = 表3 合计行·本年支出合计",
  docs: "收入支出决算总表的本年支出合计，与支出决算表合计行的本年支出合计是同一个数。",
  tables: ["final.01", "final.03"],
  check(ctx) {
    const t01 = ctx.model.final.t01!;
    const total = totalRow(ctx.model.final.t03!);
    if (!total) return ctx.skip("final.03", "表3 未找到合计行", [t01.expenditureTotal]);
    ctx.same({
      table: "final.03",
      actual: { label: "表3 合计行·本年支出合计", figure: total.values.total },
      reference: { label: "表1 本年支出合计", figure: t01.expenditureTotal },
    });
  },
});
