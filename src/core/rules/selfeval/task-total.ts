import type { TaskRow } from "../../model/selfeval";
import { defineRule } from "../rule";

const COLUMNS: [keyof TaskRow, string][] = [
  ["budgetTotal", "全年预算数·总额"],
  ["budgetFiscal", "全年预算数·财政拨款"],
  ["budgetOther", "全年预算数·其他资金"],
  ["executionTotal", "全年执行数·总额"],
  ["executionFiscal", "全年执行数·财政拨款"],
  ["executionOther", "全年执行数·其他资金"],
];

export default defineRule({
  id: "selfeval.task-total",
  title: "整体自评表 金额合计应等于各任务之和",
  severity: "error",
  identity: "整体自评表（陕西式）金额合计 = Σ 年度主要任务（逐栏）",
  docs: "陕西式整体支出绩效自评表的金额合计行，每一栏等于各年度主要任务该栏之和。",
  tables: ["selfeval.overall"],
  check(ctx) {
    const o = ctx.model.overall!;
    if (!o.taskTotal || o.tasks.length === 0) return;
    const n = o.tasks.length;
    for (const [key, column] of COLUMNS) {
      ctx.sum({
        table: "selfeval.overall",
        total: { label: `金额合计（${column}）`, figure: o.taskTotal[key] as TaskRow["budgetTotal"] },
        parts: o.tasks.map((t) => ({ label: t.name.text, figure: t[key] as TaskRow["budgetTotal"] })),
        partsLabel: n > 1 ? `任务1–${n} 之和` : "任务1",
      });
    }
  },
});
