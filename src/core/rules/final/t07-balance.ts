import { defineRule } from "../rule";
import { columnLabel, rowName } from "./subjects";

export default defineRule({
  id: "final.t07.balance",
  title: "表7 每行年末结转和结余应等于年初加收入减支出",
  severity: "error",
  identity: "表7 每行：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余",
  docs: "政府性基金预算财政拨款收入支出决算表逐行核对结转结余的滚存关系。空表（公开空表）不核对。",
  tables: ["final.07"],
  check(ctx) {
    const t = ctx.model.final.t07!;
    const label = (k: string) => columnLabel(t.columns, k);
    if (!t.columns.some((c) => c.key === "carryOut")) return;
    for (const row of t.rows) {
      ctx.sum({
        table: "final.07",
        total: { label: `${rowName("final.07", row)}·${label("carryOut")}`, figure: row.values.carryOut },
        parts: [
          { label: label("carryIn"), figure: row.values.carryIn },
          { label: label("income"), figure: row.values.income },
          { label: `本年支出${label("total")}`, figure: row.values.total, weight: -1 },
        ],
      });
    }
  },
});
