import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "final.t04.income-total",
  title: "表4 本年收入合计应等于各项财政拨款收入之和",
  severity: "error",
  identity: "表4 本年收入合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款",
  docs: "财政拨款收入支出决算总表左半部：三本预算的本年财政拨款收入相加等于本年收入合计。",
  tables: ["final.04"],
  check(ctx) {
    const t = ctx.model.final.t04!;
    ctx.sum({
      table: "final.04",
      total: { label: "表4 本年收入合计", figure: t.incomeTotal },
      parts: t.incomeLines.map((l) => ({ label: cleanLabel(l.label), figure: l.amount })),
    });
  },
});
