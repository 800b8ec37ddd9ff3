import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "selfeval.by-income",
  title: "整体自评表 按收入性质分应等于全年预算数",
  severity: "error",
  identity: "整体自评表（湖南式）：Σ 按收入性质分（一般公共预算、政府性基金拨款、纳入专户管理的非税收入拨款、其他资金）= 全年预算数",
  docs: "湖南式整体支出绩效自评表中，年度资金总额的全年预算数按收入性质分列，各项之和等于全年预算数。",
  tables: ["selfeval.overall"],
  check(ctx) {
    const o = ctx.model.overall!;
    if (!o.money || o.byIncome.length === 0) return;
    ctx.sum({
      table: "selfeval.overall",
      total: { label: "整体自评表 全年预算数", figure: o.money.fullYearBudget },
      parts: o.byIncome.map((l) => ({ label: cleanLabel(l.label), figure: l.amount })),
      partsLabel: "按收入性质分各项之和",
    });
  },
});
