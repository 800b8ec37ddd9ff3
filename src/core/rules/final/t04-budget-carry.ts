import { defineRule } from "../rule";
import { columnLabel } from "./subjects";

const BUDGETS = ["general", "fund", "stateCapital"];

export default defineRule({
  id: "final.t04.budget-carry",
  title: "表4 各本预算结转结余应滚存一致",
  severity: "error",
  identity: "表4 每本预算：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余",
  docs: "一般公共预算、政府性基金预算、国有资本经营预算财政拨款分别核对：年初结转和结余加本年收入，等于本年支出加年末结转和结余。",
  tables: ["final.04"],
  check(ctx) {
    const t = ctx.model.final.t04!;
    for (const key of BUDGETS) {
      const name = columnLabel(t.columns, key);
      const income = t.incomeLines.find((l) => l.key === key)?.amount;
      const carryIn = t.carryIn.find((l) => l.key === key)?.amount;
      if (!income && !carryIn && !t.expenditureTotal[key] && !t.carryOut[key]) continue;
      ctx.sum({
        table: "final.04",
        total: { label: `表4 年末结转和结余·${name}`, figure: t.carryOut[key] },
        parts: [
          { label: "年初结转和结余", figure: carryIn },
          { label: "本年收入", figure: income },
          { label: "本年支出", figure: t.expenditureTotal[key], weight: -1 },
        ],
      });
    }
  },
});
