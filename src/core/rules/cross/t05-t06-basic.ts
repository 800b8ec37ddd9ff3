import { defineRule } from "../rule";
import { totalRow } from "../final/subjects";

export default defineRule({
  id: "cross.t05-t06.basic",
  title: "表5 基本支出合计应等于表6 人员经费与公用经费之和",
  severity: "error",
  identity: "表5 合计行·基本支出 = 表6 人员经费合计 + 公用经费合计",
  docs: "一般公共预算财政拨款基本支出按经济分类在表6 展开：表6 人员经费合计与公用经费合计之和，等于表5 合计行的基本支出。",
  tables: ["final.05", "final.06"],
  check(ctx) {
    const total = totalRow(ctx.model.final.t05!);
    const t06 = ctx.model.final.t06!;
    if (!total) return ctx.skip("final.05", "表5 未找到合计行", [t06.personnelTotal, t06.publicTotal]);
    ctx.sum({
      table: "final.05",
      total: { label: "表5 合计行·基本支出", figure: total.values.basic },
      parts: [
        { label: "表6 人员经费合计", figure: t06.personnelTotal },
        { label: "表6 公用经费合计", figure: t06.publicTotal },
      ],
    });
  },
});
