import { defineRule } from "../rule";
import { totalRow } from "../final/subjects";

const KINDS = [
  ["basic", "基本支出"],
  ["project", "项目支出"],
] as const;

export default defineRule({
  id: "cross.selfeval-t03.basic-project",
  title: "整体自评表 基本支出、项目支出应与表3 合计一致",
  severity: "error",
  identity: "整体自评表 按支出性质分 基本支出 / 项目支出 = 表3 合计行 基本支出 / 项目支出",
  docs: "湖南式整体支出绩效自评表按支出性质分列的基本支出和项目支出，与支出决算表合计行的相应栏相同。",
  tables: ["selfeval.overall", "final.03"],
  check(ctx) {
    const o = ctx.model.overall!;
    const total = totalRow(ctx.model.final.t03!);
    if (o.byExpenditure.length === 0) return;
    if (!total) return ctx.skip("final.03", "表3 未找到合计行");
    for (const [key, name] of KINDS) {
      const line = o.byExpenditure.find((l) => l.key === key);
      if (!line) continue;
      ctx.same({
        table: "selfeval.overall",
        actual: { label: `整体自评表 ${name}`, figure: line.amount },
        reference: { label: `表3 合计行·${name}`, figure: total.values[key] },
      });
    }
  },
});
