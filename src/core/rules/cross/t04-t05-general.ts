import { defineRule } from "../rule";
import { checkBudgetColumn } from "./budget-columns";

export default defineRule({
  id: "cross.t04-t05.general",
  title: "表4 一般公共预算财政拨款支出应与表5 一致",
  severity: "error",
  identity: "表4 一般公共预算财政拨款栏 = 表5 合计及每个类",
  docs: "财政拨款收入支出决算总表中一般公共预算财政拨款的本年支出，合计与每个类都应与一般公共预算财政拨款支出决算表相同。",
  tables: ["final.04", "final.05"],
  check(ctx) {
    checkBudgetColumn(ctx, ctx.model.final.t04!, "general", "final.05", ctx.model.final.t05!, "表5");
  },
});
