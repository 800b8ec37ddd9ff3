import { defineRule } from "../rule";
import { checkBudgetColumn } from "./budget-columns";

export default defineRule({
  id: "cross.t04-t08.state-capital",
  title: "表4 国有资本经营预算财政拨款支出应与表8 一致",
  severity: "error",
  identity: "表4 国有资本经营预算财政拨款栏 = 表8 合计及每个类",
  docs: "财政拨款收入支出决算总表中国有资本经营预算财政拨款的本年支出，与国有资本经营预算财政拨款支出决算表相同；表8 为空表时，表4 该栏也应无金额。",
  tables: ["final.04", "final.08"],
  check(ctx) {
    checkBudgetColumn(ctx, ctx.model.final.t04!, "stateCapital", "final.08", ctx.model.final.t08!, "表8");
  },
});
