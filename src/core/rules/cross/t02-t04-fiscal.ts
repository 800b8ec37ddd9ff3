import { defineRule } from "../rule";
import { totalRow } from "../final/subjects";

export default defineRule({
  id: "cross.t02-t04.fiscal-income",
  title: "表2 财政拨款收入合计应与表4 本年收入合计一致",
  severity: "error",
  identity: "表2 合计行·财政拨款收入 = 表4 本年收入合计",
  docs: "收入决算表合计行的财政拨款收入，与财政拨款收入支出决算总表的本年收入合计是同一个数。",
  tables: ["final.02", "final.04"],
  check(ctx) {
    const total = totalRow(ctx.model.final.t02!);
    const t04 = ctx.model.final.t04!;
    if (!total) return ctx.skip("final.02", "表2 未找到合计行", [t04.incomeTotal]);
    ctx.same({
      table: "final.04",
      actual: { label: "表4 本年收入合计", figure: t04.incomeTotal },
      reference: { label: "表2 合计行·财政拨款收入", figure: total.values.fiscal },
    });
  },
});
