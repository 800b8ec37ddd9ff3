import type { Figure } from "../../values/figure";
import { defineRule } from "../rule";
import { printedName } from "../labels";

export default defineRule({
  id: "final.t09.three-public",
  title: "表9 “三公”经费小计应由各项构成",
  severity: "error",
  identity: "表9 预算数、决算数各行：小计 = 因公出国（境）费用 + 公务接待费 + 公务用车购置及运行维护费小计；公务用车小计 = 购置费 + 运行维护费",
  docs: "财政拨款“三公”经费支出决算表的预算数与决算数分别核对：“三公”经费小计等于三项之和，公务用车购置及运行维护费小计等于公务用车购置费与运行维护费之和。",
  tables: ["final.09"],
  check(ctx) {
    const t = ctx.model.final.t09!;
    const table = printedName(ctx.model, "final.09");
    const rows: [string, Record<string, Figure>][] = [
      ["预算数", t.budget],
      ["决算数", t.actual],
    ];
    for (const [name, v] of rows) {
      ctx.sum({
        table: "final.09",
        total: { label: `${table} ${name}·“三公”经费小计`, figure: v.total },
        parts: [
          { label: "因公出国（境）费用", figure: v.abroad },
          { label: "公务接待费", figure: v.reception },
          { label: "公务用车购置及运行维护费", figure: v.vehicleTotal },
        ],
      });
      ctx.sum({
        table: "final.09",
        total: { label: `${table} ${name}·公务用车购置及运行维护费小计`, figure: v.vehicleTotal },
        parts: [
          { label: "公务用车购置费", figure: v.vehiclePurchase },
          { label: "公务用车运行维护费", figure: v.vehicleOperation },
        ],
      });
    }
  },
});
