import { defineRule } from "../rule";

export default defineRule({
  id: "cross.basedata-selfeval.projects",
  title: "基础数据表 项目支出决算数应与整体自评表项目支出一致",
  severity: "error",
  identity: "基础数据表 项目支出·本年决算数 = 整体自评表 按支出性质分·项目支出",
  docs: "部门整体支出绩效评价基础数据表的项目支出本年决算数，与整体支出绩效自评表按支出性质分列的项目支出相同。",
  tables: ["basedata", "selfeval.overall"],
  check(ctx) {
    const total = ctx.model.basedata!.projects.find((r) => r.key === "total");
    const project = ctx.model.overall!.byExpenditure.find((l) => l.key === "project");
    if (!total || !project) return;
    ctx.same({
      table: "basedata",
      actual: { label: "基础数据表 项目支出·本年决算数", figure: total.actual },
      reference: { label: "整体自评表 项目支出", figure: project.amount },
    });
  },
});
