import type { TableKind } from "../../model/common";
import type { FinalTable04, SubjectTable } from "../../model/final";
import type { RuleContext } from "../context";
import { columnLabel, totalRow } from "../final/subjects";
import { classesOf, matchClasses } from "./class-lines";

/**
 * One budget column of 表4 (一般公共预算 / 政府性基金 / 国有资本经营) against the table that details it
 * (表5 / 表7 / 表8): the 本年支出合计 and every 类. An empty table disclosed as empty matches a column with no amounts.
 */
export function checkBudgetColumn(ctx: RuleContext, t04: FinalTable04, column: string, kind: TableKind, table: SubjectTable, name: string): void {
  const col = columnLabel(t04.columns, column);
  const total = totalRow(table);
  if (total) {
    ctx.same({
      table: kind,
      actual: { label: `${ctx.index.rowName(kind, total)}·${columnLabel(table.columns, "total")}`, figure: total.values.total },
      reference: { label: `表4 本年支出合计·${col}`, figure: t04.expenditureTotal[column] },
    });
  }
  matchClasses(
    ctx,
    { kind: "final.04", name: "表4", classes: classesOf(ctx.index, "final.04", t04.expenditureRows, column, col) },
    { kind, name, classes: classesOf(ctx.index, kind, table.rows, "total", columnLabel(table.columns, "total")) },
  );
}
