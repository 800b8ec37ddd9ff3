import type { Figure } from "../../values/figure";
import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "selfeval.task-split",
  title: "整体自评表 年度主要任务总额应等于财政拨款与其他资金之和",
  severity: "error",
  identity: "整体自评表（陕西式）每个任务及金额合计：总额 = 财政拨款 + 其他资金（全年预算数、全年执行数各核对）",
  docs: "陕西式整体支出绩效自评表中，每个年度主要任务的全年预算数和全年执行数都分为总额、财政拨款、其他资金三栏，总额等于后两栏之和。",
  tables: ["selfeval.overall"],
  check(ctx) {
    const o = ctx.model.overall!;
    const rows = [...o.tasks.map((t) => [`整体自评表 “${cleanLabel(t.name.text)}”`, t] as const), ...(o.taskTotal ? [["整体自评表 金额合计", o.taskTotal] as const] : [])];
    for (const [name, t] of rows) {
      const pairs: [string, Figure | null, Figure | null, Figure | null][] = [
        ["全年预算数", t.budgetTotal, t.budgetFiscal, t.budgetOther],
        ["全年执行数", t.executionTotal, t.executionFiscal, t.executionOther],
      ];
      for (const [column, total, fiscal, other] of pairs) {
        ctx.sum({
          table: "selfeval.overall",
          total: { label: `${name}（${column}·总额）`, figure: total },
          parts: [
            { label: "财政拨款", figure: fiscal },
            { label: "其他资金", figure: other },
          ],
        });
      }
    }
  },
});
