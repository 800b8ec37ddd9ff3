import { defineRule } from "../rule";
import { printedName } from "../labels";

export default defineRule({
  id: "cross.basedata-t09.three-public",
  title: "基础数据表 “三公”经费决算数应与表9 一致",
  severity: "error",
  identity: "基础数据表 “三公”经费·本年决算数 = 表9 决算数·“三公”经费小计",
  docs: "部门整体支出绩效评价基础数据表的“三公”经费本年决算数，与财政拨款“三公”经费支出决算表决算数的小计相同。",
  tables: ["basedata", "final.09"],
  check(ctx) {
    const total = ctx.model.basedata!.threePublic.find((r) => r.key === "total");
    if (!total) return ctx.skip("basedata", "基础数据表未找到“三公”经费合计行");
    ctx.same({
      table: "basedata",
      actual: { label: "基础数据表 “三公”经费·本年决算数", figure: total.actual },
      reference: { label: `${printedName(ctx.model, "final.09")} 决算数·“三公”经费小计`, figure: ctx.model.final.t09!.actual.total },
    });
  },
});
