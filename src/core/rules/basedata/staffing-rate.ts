import { defineRule } from "../rule";

export default defineRule({
  id: "basedata.staffing-rate",
  title: "基础数据表 在职人员控制率应等于实际在职人数除以编制数",
  severity: "error",
  identity: "在职人员控制率 = 实际在职人数 ÷ 编制数 × 100%",
  docs: "部门整体支出绩效评价基础数据表的在职人员控制率，按实际在职人数除以编制数核对，容差取所填精度。",
  tables: ["basedata"],
  check(ctx) {
    const s = ctx.model.basedata!.staffing;
    if (!s.controlRate && !s.actual && !s.authorized) return;
    ctx.rate({
      table: "basedata",
      rate: { label: "基础数据表 在职人员控制率", figure: s.controlRate },
      numerator: { label: "实际在职人数", figure: s.actual },
      denominator: { label: "编制数", figure: s.authorized },
      counts: true,
    });
  },
});
