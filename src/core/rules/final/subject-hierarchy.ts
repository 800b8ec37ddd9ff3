import { defineRule } from "../rule";
import { childrenOf, columnLabel, subjectTables } from "./subjects";

const PARTS_LABEL = { total: "各类之和", class: "所属各款之和", section: "所属各项之和", item: "" } as const;

export default defineRule({
  id: "final.subject-hierarchy",
  title: "科目表合计、类、款、项应逐级相加",
  severity: "error",
  identity: "合计 = Σ 类；类 = Σ 款；款 = Σ 项（表2、表3、表5、表7、表8 每个金额栏）",
  docs: "按支出功能分类科目列示的各表，合计行等于各类之和，每个类等于其下各款之和，每个款等于其下各项之和；逐栏核对。只列到类或款的表按列出的层级核对。",
  tables: ["final.02", "final.03", "final.05", "final.07", "final.08"],
  requires: [],
  check(ctx) {
    for (const { kind, table } of subjectTables(ctx.model, ["final.02", "final.03", "final.05", "final.07", "final.08"])) {
      const columns = table.columns.map((c) => ({ key: c.key, label: columnLabel(table.columns, c.key) }));
      for (const row of table.rows) {
        const children = childrenOf(table.rows, row);
        if (children.length === 0) continue;
        const name = ctx.index.rowName(kind, row);
        const childNames = children.map((c) => ctx.index.rowName(kind, c));
        for (const column of columns) {
          ctx.sum({
            table: kind,
            total: { label: `${name}·${column.label}`, figure: row.values[column.key] },
            parts: children.map((c, i) => ({ label: childNames[i], figure: c.values[column.key] })),
            partsLabel: PARTS_LABEL[row.level],
          });
        }
      }
    }
  },
});
