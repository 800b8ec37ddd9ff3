import type { TableKind } from "../../model/common";
import type { RuleContext } from "../context";
import { columnLabel, subjectTables } from "./subjects";

/** Every row of a 科目 table: the `total` column = Σ the `parts` columns the table has. */
export function checkRowColumns(ctx: RuleContext, kinds: TableKind[], total: string, parts: string[]): void {
  for (const { kind, table } of subjectTables(ctx.model, kinds)) {
    const present = parts.filter((k) => table.columns.some((c) => c.key === k));
    if (!table.columns.some((c) => c.key === total) || present.length === 0) continue;
    const totalLabel = columnLabel(table.columns, total);
    const partLabels = present.map((k) => columnLabel(table.columns, k));
    for (const row of table.rows) {
      ctx.sum({
        table: kind,
        total: { label: `${ctx.index.rowName(kind, row)}·${totalLabel}`, figure: row.values[total] },
        parts: present.map((k, i) => ({ label: partLabels[i], figure: row.values[k] })),
      });
    }
  }
}
