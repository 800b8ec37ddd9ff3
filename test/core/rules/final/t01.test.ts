import { pkg, ruleTester, t01 } from "../support";
import incomeTotal from "../../../../src/core/rules/final/t01-income-total";
import expenditureTotal from "../../../../src/core/rules/final/t01-expenditure-total";
import grandTotals from "../../../../src/core/rules/final/t01-grand-totals";
import balance from "../../../../src/core/rules/final/t01-balance";

/** A consistent 表1 (the example department, 万元): income 1,246.45 + 40.00 carry-in = 1,286.45 + 0 … */
function table(o: Partial<Parameters<typeof t01>[0]> = {}) {
  return pkg({
    final: {
      t01: t01({
        incomeLines: [
          ["generalBudget", "一、一般公共预算财政拨款收入", "1206.45@C6"],
          ["govFund", "二、政府性基金预算财政拨款收入", "@C7"],
          ["businessIncome", "五、事业收入", "40.00@C10"],
        ],
        incomeTotal: "1246.45@C14",
        nonFiscalBalanceUsed: "@C15",
        incomeCarryIn: "80.00@C16",
        incomeGrandTotal: "1326.45@C17",
        expenditureLines: [
          ["一、一般公共服务支出", "12.30@F6"],
          ["二十、社会保障和就业支出", "1100.15@F7"],
          ["二十一、卫生健康支出", "174.00@F8"],
        ],
        expenditureTotal: "1286.45@F14",
        surplusDistribution: "@F15",
        expenditureCarryOut: "40.00@F16",
        expenditureGrandTotal: "1326.45@F17",
        ...o,
      }),
    },
  });
}

ruleTester(incomeTotal, {
  valid: [
    { name: "income lines add up exactly; a blank line adds nothing", model: table(), infos: [] },
    {
      name: "a 尾差 of 0.01 on three parts is an info, not an error",
      model: table({ incomeTotal: "1246.46@C14" }),
      infos: [{ severity: "info", at: "表1!C14", message: ["尾差", "0.01"] }],
    },
    { name: "a missing total with blank parts says nothing", model: table({ incomeTotal: "@C14", incomeLines: [["generalBudget", "一", "@C6"]] }), infos: [] },
  ],
  invalid: [
    {
      name: "total 36.00 larger than its lines is an error at the total, naming the lines",
      model: table({ incomeTotal: "1282.45@C14" }),
      findings: [{ at: "表1!C14", cells: ["表1!C6", "表1!C10"], expected: "1246.45", actual: "1282.45", message: ["应为 1,246.45", "实际为 1,282.45", "相差 36.00"], tolerance: "0.015" }],
    },
    {
      name: "a blank total with lines present is reported as missing (info), never computed as 0",
      model: table({ incomeTotal: "@C14" }),
      findings: [{ severity: "info", at: "表1!C14", message: ["本年收入合计未填列"] }],
    },
  ],
});

ruleTester(expenditureTotal, {
  valid: [{ name: "类 lines add up", model: table(), infos: [] }],
  invalid: [
    {
      name: "a transposed digit in one 类 line (1,100.15 → 1,010.15) breaks the total",
      model: table({ expenditureLines: [["一般公共服务支出", "12.30@F6"], ["社会保障和就业支出", "1010.15@F7"], ["卫生健康支出", "174.00@F8"]] }),
      findings: [{ at: "表1!F14", cells: ["表1!F7"], expected: "1196.45", message: ["相差 90.00"] }],
    },
  ],
});

ruleTester(grandTotals, {
  valid: [{ name: "both grand totals are their three parts", model: table(), infos: [] }],
  invalid: [
    {
      name: "收入总计 that forgot the 年初结转和结余",
      model: table({ incomeGrandTotal: "1246.45@C17", expenditureGrandTotal: "1246.45@F17", expenditureCarryOut: "-40.00@F16" }),
      findings: [{ at: "表1!C17", expected: "1326.45", actual: "1246.45" }],
    },
    {
      name: "支出总计 that adds the carry-out twice",
      model: table({ expenditureGrandTotal: "1366.45@F17" }),
      findings: [{ at: "表1!F17", cells: ["表1!F14", "表1!F16"], expected: "1326.45" }],
    },
  ],
});

ruleTester(balance, {
  valid: [
    { name: "收入总计 = 支出总计", model: table(), infos: [] },
    {
      name: "元 converted to 万元 keeps the finer precision: 1,326.4512 against 1,326.45 is the same figure rounded",
      model: table({ incomeGrandTotal: "1326.4512@C17" }),
      infos: [],
    },
    {
      name: "a figure 0.01 off its repetition is 尾差",
      model: table({ incomeGrandTotal: "1326.46@C17", incomeCarryIn: "80.01@C16" }),
      infos: [{ severity: "info", at: "表1!F17", message: ["收入总计为 1,326.46", "相差 0.01", "尾差"], tolerance: "0.01" }],
    },
  ],
  invalid: [
    {
      name: "unbalanced halves",
      model: table({ expenditureGrandTotal: "1362.45@F17" }),
      findings: [{ at: "表1!F17", cells: ["表1!C17"], expected: "1326.45", actual: "1362.45", message: ["同收入总计", "相差 36.00"], tolerance: "0.01" }],
    },
    {
      name: "a figure about 10⁴ too large suggests 元 typed into 万元",
      model: table({ expenditureGrandTotal: "13264500.00@F17" }),
      findings: [{ at: "表1!F17", message: ["疑似把以元为单位的金额填入了万元栏"] }],
    },
  ],
});
