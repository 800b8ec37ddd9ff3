import { defineRule } from "../rule";
import { checkBudgetColumn } from "./budget-columns";

export default defineRule({
  id: "cross.t04-t07.fund",
  title: "表4 政府性基金预算财政拨款支出应与表7 一致",
  severity: "error",
  identity: "表4 政府性基金预算财政拨款栏 = 表7 本年支出（合计及每个类）",
  docs: "财政拨款收入支出决算总表中政府性基金预算财政拨款的本年支出，与政府性基金预算财政拨款收入支出决算表的本年支出相同；表7 为空表时，表4 该栏也应无金额。",
  tables: ["final.04", "final.07"],
  check(ctx) {
    checkBudgetColumn(ctx, ctx.model.final.t04!, "fund", "final.07", ctx.model.final.t07!, "表7");
  },
});
