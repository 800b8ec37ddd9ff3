import { defineRule } from "../rule";

export default defineRule({
  id: "final.t01.balance",
  title: "表1 收入总计应等于支出总计",
  severity: "error",
  identity: "表1 收入总计 = 支出总计",
  docs: "收入支出决算总表两半平衡：左侧收入总计与右侧支出总计相等。",
  tables: ["final.01"],
  check(ctx) {
    const t = ctx.model.final.t01!;
    ctx.same({
      table: "final.01",
      actual: { label: "表1 支出总计", figure: t.expenditureGrandTotal },
      reference: { label: "收入总计", figure: t.incomeGrandTotal },
    });
  },
});
