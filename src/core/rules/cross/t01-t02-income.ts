import { defineRule } from "../rule";
import { totalRow } from "../final/subjects";

export default defineRule({
  id: "cross.t01-t02.income-total",
  title: "表1 本年收入合计应与表2 合计一致",
  severity: "error",
  identity: "表1 本年收入合计 = 表2 合计行·本年收入合计",
  docs: "收入支出决算总表的本年收入合计，与收入决算表合计行的本年收入合计是同一个数。",
  tables: ["final.01", "final.02"],
  check(ctx) {
    const t01 = ctx.model.final.t01!;
    const total = totalRow(ctx.model.final.t02!);
    if (!total) return ctx.skip("final.02", "表2 未找到合计行", [t01.incomeTotal]);
    ctx.same({
      table: "final.02",
      actual: { label: "表2 合计行·本年收入合计", figure: total.values.total },
      reference: { label: "表1 本年收入合计", figure: t01.incomeTotal },
    });
  },
});
