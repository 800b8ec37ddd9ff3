import { defineRule } from "../rule";

export default defineRule({
  id: "cross.basedata-selfeval.projects",
  title: "基础数据表 项目支出决算数与整体自评表项目支出比较",
  severity: "warning",
  identity: "基础数据表 项目支出·本年决算数 ≈ 整体自评表 按支出性质分·项目支出（口径可能不同，仅警告）",
  docs: "部门整体支出绩效评价基础数据表的项目支出本年决算数，通常与整体支出绩效自评表按支出性质分列的项目支出相同；两表的项目支出口径可能不同（如是否含其他资金、结转结余），不一致时提醒核对并写明差额，不作为错误。",
  tables: ["basedata", "selfeval.overall"],
  check(ctx) {
    const total = ctx.model.basedata!.projects.find((r) => r.key === "total");
    const project = ctx.model.overall!.byExpenditure.find((l) => l.key === "project");
    if (!total || !project) return;
    ctx.same({
      table: "basedata",
      actual: { label: "基础数据表 项目支出·本年决算数", figure: total.actual },
      reference: { label: "整体自评表 项目支出", figure: project.amount },
      note: "；两表的项目支出口径可能不同（如是否含其他资金、结转结余），请核对口径，如属口径不同可不改",
    });
  },
});
