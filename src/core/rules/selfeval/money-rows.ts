import { defineRule } from "../rule";
import { projectName } from "../labels";

const COLUMNS = [
  ["initialBudget", "年初预算数"],
  ["fullYearBudget", "全年预算数"],
  ["execution", "全年执行数"],
] as const;

export default defineRule({
  id: "selfeval.money-rows",
  title: "项目自评表 年度资金总额应等于各资金来源之和",
  severity: "error",
  identity: "项目自评表：年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金（年初预算数、全年预算数、全年执行数各核对）",
  docs: "项目支出绩效自评表的资金情况：年度资金总额由当年财政拨款、上年结转资金和其他资金构成，三栏分别核对。",
  tables: ["selfeval.project"],
  check(ctx) {
    ctx.model.projects.forEach((p, i) => {
      const total = p.money.find((m) => m.key === "total");
      const parts = p.money.filter((m) => m.key !== "total");
      if (!total || parts.length === 0) return;
      const name = projectName(p, i);
      const labels = parts.map((m) => m.label.replace(/^其中[:：]/, ""));
      for (const [key, column] of COLUMNS) {
        ctx.sum({
          table: "selfeval.project",
          total: { label: `${name} 年度资金总额（${column}）`, figure: total[key] },
          parts: parts.map((m, n) => ({ label: labels[n], figure: m[key] })),
        });
      }
    });
  },
});
