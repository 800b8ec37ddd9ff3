import { defineRule } from "../rule";

export default defineRule({
  id: "identity.money-unit",
  title: "金额单位不一致时已换算",
  severity: "info",
  identity: "各表金额单位一致，或以元编制的表已换算为万元后核对",
  docs: "决算公开表和自评表通常以万元编制；以元编制的表（“金额单位：元”）由本产品换算为万元后参与核对，并在此提示。",
  tables: [],
  requires: [],
  check(ctx) {
    const tables = ctx.index.tables().filter((t) => t.table.unit);
    if (!tables.some((t) => t.table.unit === "万元")) return;
    for (const t of tables) {
      if (t.table.unit !== "元") continue;
      ctx.report({
        table: t.kind,
        severity: "info",
        message: `${t.name}金额单位为元，其他表为万元；已换算为万元（保留原有精度）后核对`,
        primary: { sheet: t.table.sheet, cell: t.table.range.split(":")[0] },
      });
    }
  },
});
