import { pkg, ruleTester, t04 } from "../support";
import { T04_SPEC } from "../cross/final-set";
import rowBudgets from "../../../../src/core/rules/final/t04-budgets";
import incomeTotal from "../../../../src/core/rules/final/t04-income-total";
import totals from "../../../../src/core/rules/final/t04-totals";
import balance from "../../../../src/core/rules/final/t04-balance";
import budgetCarry from "../../../../src/core/rules/final/t04-budget-carry";

/** The cross-table set's 表4, with some fields replaced. */
function table(o: Partial<Parameters<typeof t04>[0]> = {}) {
  return pkg({ final: { t04: t04({ ...T04_SPEC, ...o }) } });
}

ruleTester(rowBudgets, {
  valid: [{ name: "every row's 合计 = 一般公共 + 基金 + 国资 (blank budgets add nothing)", model: table(), infos: [] }],
  invalid: [
    {
      name: "a 基金 amount added to one row but not to its 合计",
      model: table({ rows: [["208", "社会保障和就业支出", "1032.45@E6", "1032.45@F6", "15.00@G6", "@H6"], ["210", "卫生健康支出", "174.00@E7", "174.00@F7", "@G7", "@H7"]] }),
      findings: [{ at: "表4!E6", cells: ["表4!F6", "表4!G6"], expected: "1047.45" }],
    },
  ],
});

ruleTester(incomeTotal, {
  valid: [{ name: "本年收入合计 = Σ income lines", model: table(), infos: [] }],
  invalid: [{ name: "本年收入合计 including the carry-in", model: table({ incomeTotal: "1246.45@B12", incomeGrandTotal: "1286.45@B18" }), findings: [{ at: "表4!B12", expected: "1206.45" }] }],
});

ruleTester(totals, {
  valid: [
    { name: "支出合计 = Σ 类 per column; 总计 = 合计 + 结转", model: table(), infos: [] },
    { name: "年初结转和结余 = its split by budget", model: table({ carryInTotal: "40.00@B13" }), infos: [] },
  ],
  invalid: [
    {
      name: "年初结转和结余 line 50.00 above a split adding up to 40.00",
      model: table({ carryInTotal: "50.00@B13" }),
      findings: [{ at: "表4!B13", cells: ["表4!B14"], expected: "40.00", actual: "50.00" }],
    },
    {
      name: "收入总计 without the 年初结转和结余",
      model: table({ incomeGrandTotal: "1206.45@B18" }),
      findings: [{ at: "表4!B18", cells: ["表4!B12", "表4!B14"], expected: "1246.45" }],
    },
    {
      name: "本年支出合计 on the 一般公共 column that misses a 类",
      model: table({ expenditureTotal: { total: "1206.45@E12", general: "1032.45@F12" }, expenditureGrandTotal: { total: "1246.45@E18", general: "1072.45@F18" } }),
      findings: [{ at: "表4!F12", expected: "1206.45", message: ["各类之和"] }],
    },
  ],
});

ruleTester(balance, {
  valid: [{ name: "收入总计 = 支出总计", model: table(), infos: [] }],
  invalid: [{ name: "支出总计 off by 10.00", model: table({ expenditureGrandTotal: { total: "1256.45@E18", general: "1246.45@F18" } }), findings: [{ at: "表4!E18", cells: ["表4!B18"], expected: "1246.45" }] }],
});

ruleTester(budgetCarry, {
  valid: [{ name: "一般公共: 40.00 + 1,206.45 = 1,206.45 + 40.00", model: table(), infos: [] }],
  invalid: [
    {
      name: "年末结转 that ignores the carry-in",
      model: table({ carryOut: { total: "0.00@E14", general: "0.00@F14" }, expenditureGrandTotal: { total: "1206.45@E18", general: "1206.45@F18" } }),
      findings: [{ at: "表4!F14", cells: ["表4!B14", "表4!B6", "表4!F12"], expected: "40.00", actual: "0.00" }],
    },
  ],
});
