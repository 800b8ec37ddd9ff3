import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "final.t01.income-total",
  title: "表1 本年收入合计应等于各项收入之和",
  severity: "error",
  identity: "表1 本年收入合计 = Σ 收入项目（一…八）",
  docs: "公开01表左半部：一般公共预算财政拨款收入至其他收入各行相加，应等于本年收入合计。",
  tables: ["final.01"],
  check(ctx) {
    const t = ctx.model.final.t01!;
    ctx.sum({
      table: "final.01",
      total: { label: "表1 本年收入合计", figure: t.incomeTotal },
      parts: t.incomeLines.map((l) => ({ label: cleanLabel(l.label), figure: l.amount })),
      partsLabel: "各项收入之和",
    });
  },
});
