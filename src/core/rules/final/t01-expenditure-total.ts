import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "final.t01.expenditure-total",
  title: "表1 本年支出合计应等于各类支出之和",
  severity: "error",
  identity: "表1 本年支出合计 = Σ 支出功能分类各类",
  docs: "公开01表右半部：按支出功能分类列示的各类支出相加，应等于本年支出合计。",
  tables: ["final.01"],
  check(ctx) {
    const t = ctx.model.final.t01!;
    ctx.sum({
      table: "final.01",
      total: { label: "表1 本年支出合计", figure: t.expenditureTotal },
      parts: t.expenditureLines.map((l) => ({ label: cleanLabel(l.label), figure: l.amount })),
      partsLabel: "各类支出之和",
    });
  },
});
