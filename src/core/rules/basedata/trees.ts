import type { TreeRow } from "../../model/basedata";
import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

const COLUMNS = [
  ["previousActual", "上年决算数"],
  ["budget", "本年预算数"],
  ["actual", "本年决算数"],
] as const;

/** The rows a row adds up: those naming it as parent (top-level rows belong to the "total" row). */
function childrenOf(rows: TreeRow[], row: TreeRow): TreeRow[] {
  return rows.filter((r) => r !== row && (r.parentKey === row.key || (row.key === "total" && r.parentKey === null)));
}

export default defineRule({
  id: "basedata.trees",
  title: "基础数据表 “三公”经费、项目支出、公用经费应逐级相加",
  severity: "error",
  identity: "基础数据表 每个合计行 = Σ 其下各行（“三公”经费、项目支出、公用经费；上年决算数、本年预算数、本年决算数各核对）",
  docs: "“三公”经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待，公务用车 = 公车购置 + 公车运行维护；项目支出 = 业务工作经费 + 运行维护经费 + 本级专项资金，本级专项资金 = 各专项之和；公用经费的“其中”各项之和不应超过公用经费（超过为错误，少于时“其中”可能未列全，为警告）。",
  tables: ["basedata"],
  check(ctx) {
    const b = ctx.model.basedata!;
    // 公用经费's "其中" rows need not list every part.
    const trees: [TreeRow[], boolean][] = [
      [b.threePublic, true],
      [b.projects, true],
      [b.publicFunds, false],
    ];
    for (const [rows, exhaustive] of trees) {
      for (const row of rows) {
        const children = childrenOf(rows, row);
        if (children.length === 0) continue;
        const name = cleanLabel(row.label);
        const labels = children.map((r) => cleanLabel(r.label).replace(/^其中[:：]/, ""));
        for (const [key, column] of COLUMNS) {
          ctx.sum({
            table: "basedata",
            total: { label: `基础数据表 “${name}”（${column}）`, figure: row[key] },
            parts: children.map((r, n) => ({ label: labels[n], figure: r[key] })),
            partialParts: !exhaustive,
          });
        }
      }
    }
  },
});
