import { defineRule } from "../rule";
import { cleanLabel } from "../labels";

const PAIRS: [string, string][] = [
  ["generalBudget", "general"],
  ["govFund", "fund"],
  ["stateCapital", "stateCapital"],
];

export default defineRule({
  id: "cross.t01-t04.income-lines",
  title: "表1 财政拨款收入应与表4 一致",
  severity: "error",
  identity: "表1 收入一、二、三行 = 表4 一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入",
  docs: "收入支出决算总表的三行财政拨款收入，与财政拨款收入支出决算总表的相应本年收入相同。",
  tables: ["final.01", "final.04"],
  check(ctx) {
    const t01 = ctx.model.final.t01!;
    const t04 = ctx.model.final.t04!;
    for (const [k01, k04] of PAIRS) {
      const a = t01.incomeLines.find((l) => l.key === k01);
      const b = t04.incomeLines.find((l) => l.key === k04);
      if (!a && !b) continue;
      ctx.same({
        table: "final.04",
        actual: { label: `表4 本年收入·${cleanLabel(b?.label ?? k04)}`, figure: b?.amount },
        reference: { label: `表1 “${cleanLabel(a?.label ?? k01)}”`, figure: a?.amount },
      });
    }
  },
});
