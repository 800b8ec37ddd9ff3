import { defineRule } from "../rule";
import { columnLabel } from "./subjects";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "final.t04.totals",
  title: "表4 支出合计与收支总计应由各部分构成",
  severity: "error",
  identity: "表4 本年支出合计 = Σ 类（每栏）；收入总计 = 本年收入合计 + Σ 年初结转和结余；支出总计 = 本年支出合计 + 年末结转和结余（每栏）；年初结转和结余 = Σ 分预算来源",
  docs: "财政拨款收入支出决算总表的合计与总计：各类支出相加等于本年支出合计；收入总计由本年收入与年初结转和结余构成；支出总计由本年支出与年末结转和结余构成；年初财政拨款结转和结余一行等于其下按预算来源分列的各行之和。",
  tables: ["final.04"],
  check(ctx) {
    const t = ctx.model.final.t04!;
    const classes = t.expenditureRows.filter((r) => r.level === "class");
    for (const column of t.columns) {
      const col = columnLabel(t.columns, column.key);
      if (classes.length > 0) {
        ctx.sum({
          table: "final.04",
          total: { label: `表4 本年支出合计·${col}`, figure: t.expenditureTotal[column.key] },
          parts: classes.map((r) => ({ label: cleanLabel(r.name), figure: r.values[column.key] })),
          partsLabel: "各类之和",
        });
      }
      ctx.sum({
        table: "final.04",
        total: { label: `表4 支出总计·${col}`, figure: t.expenditureGrandTotal[column.key] },
        parts: [
          { label: "本年支出合计", figure: t.expenditureTotal[column.key] },
          { label: "年末结转和结余", figure: t.carryOut[column.key] },
        ],
      });
    }
    // The 年初 line stands in carryIn itself when the table does not split it by budget: nothing to add up then.
    const carrySplit = t.carryIn.filter((l) => l.amount.cell !== t.carryInTotal?.cell);
    if (t.carryInTotal && carrySplit.length > 0) {
      ctx.sum({
        table: "final.04",
        total: { label: "表4 年初财政拨款结转和结余", figure: t.carryInTotal },
        parts: carrySplit.map((l) => ({ label: cleanLabel(l.label), figure: l.amount })),
      });
    }
    ctx.sum({
      table: "final.04",
      total: { label: "表4 收入总计", figure: t.incomeGrandTotal },
      parts: [
        { label: "本年收入合计", figure: t.incomeTotal },
        ...t.carryIn.map((l) => ({ label: `年初结转和结余·${cleanLabel(l.label)}`, figure: l.amount })),
      ],
    });
  },
});
