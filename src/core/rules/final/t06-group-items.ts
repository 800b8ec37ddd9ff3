import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "final.t06.group-items",
  title: "表6 每个经济分类大类应等于其下各款之和",
  severity: "error",
  identity: "表6 每个 3 位经济分类（301、302、303、310…）= Σ 其下 5 位科目",
  docs: "一般公共预算财政拨款基本支出决算表：每个经济分类大类（工资福利支出、商品和服务支出等）等于其下列示的各款之和。",
  tables: ["final.06"],
  check(ctx) {
    const t = ctx.model.final.t06!;
    for (const g of t.groups) {
      if (g.items.length === 0) continue;
      ctx.sum({
        table: "final.06",
        total: { label: `表6 “${g.code} ${cleanLabel(g.name)}”`, figure: g.amount },
        parts: g.items.map((i) => ({ label: `${i.code} ${cleanLabel(i.name)}`, figure: i.amount })),
        partsLabel: "其下各款之和",
      });
    }
  },
});
