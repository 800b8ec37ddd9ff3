import type { Figure } from "../../values/figure";
import { defineRule } from "../rule";
import { columnLabel } from "./subjects";

export default defineRule({
  id: "final.t04.row-budgets",
  title: "表4 每行合计应等于三本预算财政拨款之和",
  severity: "error",
  identity: "表4 每个支出行及本年支出合计、年末结转和结余、支出总计：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款",
  docs: "财政拨款收入支出决算总表右半部逐行核对：合计栏等于一般公共预算财政拨款、政府性基金预算财政拨款、国有资本经营预算财政拨款三栏之和。",
  tables: ["final.04"],
  check(ctx) {
    const t = ctx.model.final.t04!;
    const budgets = ["general", "fund", "stateCapital"];
    const label = (k: string) => columnLabel(t.columns, k);
    const line = (name: string, values: Record<string, Figure>) =>
      ctx.sum({
        table: "final.04",
        total: { label: `${name}·${label("total")}`, figure: values.total },
        parts: budgets.map((k) => ({ label: label(k), figure: values[k] })),
      });
    for (const row of t.expenditureRows) line(ctx.index.rowName("final.04", row), row.values);
    line("表4 本年支出合计", t.expenditureTotal);
    line("表4 年末结转和结余", t.carryOut);
    line("表4 支出总计", t.expenditureGrandTotal);
  },
});
