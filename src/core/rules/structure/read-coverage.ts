import { coverageSummary, unreadCellText } from "../../locate/coverage";
import { tableName } from "../../locate/read-package";
import type { TableKind } from "../../model/common";
import { defineRule } from "../rule";

/** "公开03表（支出决算表）": the table's name as the reviewer knows it. */
function named(kind: TableKind): string {
  const name = tableName(kind);
  const space = name.indexOf(" ");
  return space < 0 ? name : `${name.slice(0, space)}（${name.slice(space + 1)}）`;
}

export default defineRule({
  id: "structure.read-coverage",
  title: "未识别的数字",
  severity: "info",
  identity: "已识别的表中，区域内每个数字单元格都读入检查（行次、栏次、科目代码、序号、年份、电话、日期不算数字）",
  docs: "识别到的每张表，其区域内的数字单元格要么读入了检查，要么在此列为“未识别”并写明所在行、列的标签，版式看不懂之处不会被悄悄略过。整列都未能读取的（表头未能识别），合为一条，说明是哪一列。行次、栏次、科目代码、序号等编号，标题中的年份，联系电话和日期，由其行列标签判定，不算数字。",
  tables: [],
  requires: [],
  check(ctx) {
    for (const t of ctx.model.coverage ?? []) {
      if (t.unread.length === 0) continue;
      const inColumns = new Set(t.unreadColumns.flatMap((c) => c.cells));
      for (const col of t.unreadColumns) {
        const header = col.column ? `“${col.column}”列` : `${col.cells[0].replace(/\d+$/, "")} 列`;
        const span = col.cells.length > 1 ? `${col.cells[0]}–${col.cells[col.cells.length - 1]} 共 ${col.cells.length} 个数字单元格` : `${col.cells[0]}`;
        ctx.report({
          table: t.kind,
          severity: "info",
          message: `识别到${named(t.kind)}（工作表“${t.sheet}”${t.range}），但未能读取其${header}：${span}未参与检查（${coverageSummary(t)}）`,
          primary: { sheet: t.sheet, cell: col.cells[0] },
          related: col.cells.map((cell) => ({ sheet: t.sheet, cell })),
        });
      }
      for (const u of t.unread) {
        if (inColumns.has(u.cell)) continue;
        ctx.report({
          table: t.kind,
          severity: "info",
          message: `${named(t.kind)} ${t.sheet}!${unreadCellText(u)}未识别，未参与检查`,
          primary: { sheet: t.sheet, cell: u.cell },
        });
      }
    }
  },
});
