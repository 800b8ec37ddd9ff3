import { defineRule } from "../rule";

export default defineRule({
  id: "final.t04.balance",
  title: "表4 收入总计应等于支出总计",
  severity: "error",
  identity: "表4 收入总计 = 支出总计（合计栏）",
  docs: "财政拨款收入支出决算总表两半平衡：收入总计等于支出总计的合计栏。",
  tables: ["final.04"],
  check(ctx) {
    const t = ctx.model.final.t04!;
    ctx.same({
      table: "final.04",
      actual: { label: "表4 支出总计", figure: t.expenditureGrandTotal.total },
      reference: { label: "收入总计", figure: t.incomeGrandTotal },
    });
  },
});
