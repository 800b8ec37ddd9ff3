import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "selfeval.by-expenditure",
  title: "整体自评表 基本支出与项目支出之和应等于全年执行数",
  severity: "error",
  identity: "整体自评表（湖南式）：按支出性质分 基本支出 + 项目支出 = 全年执行数",
  docs: "湖南式整体支出绩效自评表中，全年执行数按支出性质分为基本支出和项目支出，两者之和等于全年执行数。",
  tables: ["selfeval.overall"],
  check(ctx) {
    const o = ctx.model.overall!;
    if (!o.money || o.byExpenditure.length === 0) return;
    ctx.sum({
      table: "selfeval.overall",
      total: { label: "整体自评表 全年执行数", figure: o.money.execution },
      parts: o.byExpenditure.map((l) => ({ label: cleanLabel(l.label), figure: l.amount })),
    });
  },
});
