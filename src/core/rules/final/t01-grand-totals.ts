import { defineRule } from "../rule";

export default defineRule({
  id: "final.t01.grand-totals",
  title: "表1 收入总计、支出总计应由合计与结转结余构成",
  severity: "error",
  identity: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
  docs: "公开01表两半的总计行：收入总计由本年收入合计、使用非财政拨款结余（含专用结余）和年初结转和结余构成；支出总计由本年支出合计、结余分配和年末结转和结余构成。",
  tables: ["final.01"],
  check(ctx) {
    const t = ctx.model.final.t01!;
    ctx.sum({
      table: "final.01",
      total: { label: "表1 收入总计", figure: t.incomeGrandTotal },
      parts: [
        { label: "本年收入合计", figure: t.incomeTotal },
        { label: "使用非财政拨款结余", figure: t.nonFiscalBalanceUsed },
        { label: "年初结转和结余", figure: t.incomeCarryIn },
      ],
    });
    ctx.sum({
      table: "final.01",
      total: { label: "表1 支出总计", figure: t.expenditureGrandTotal },
      parts: [
        { label: "本年支出合计", figure: t.expenditureTotal },
        { label: "结余分配", figure: t.surplusDistribution },
        { label: "年末结转和结余", figure: t.expenditureCarryOut },
      ],
    });
  },
});
