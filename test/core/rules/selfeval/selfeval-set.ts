/**
 * Consistent self-evaluation tables for the rules (the example department): a Hunan 整体自评表
 * (1,310.60 budget, 1,286.45 executed, 98.16%, 9.82 of 10), a Shaanxi one with two tasks, and a project.
 */
import { overallHunan, overallShaanxi, project, type IndicatorSpec } from "../support";

export const INDICATORS: IndicatorSpec[] = [
  ["产出指标", "数量指标", "困难群众医疗救助覆盖率", "≥95%", "100%", "20@F20", "20@G20"],
  ["产出指标", "数量指标", "培训医保经办人员", "15 人", "14 人", "30@F21", "28@G21"],
  ["效益指标", "社会效益指标", "群众医疗保障水平", "明显提高", "明显提高", "30@F22", "27@G22"],
  ["满意度指标", "服务对象满意度指标", "参保群众满意度", "大于等于95%", "96.5%", "10@F23", "10@G23"],
];

export const LEVEL_ONE: [string, string | undefined][] = [
  ["产出指标（50分）", "50@A20"],
  ["效益指标（30分）", "30@A22"],
  ["满意度指标（10分）", "10@A23"],
];

export function hunan(o: Partial<Parameters<typeof overallHunan>[0]> = {}) {
  return overallHunan({
    money: { initialBudget: "1250.00@B8", fullYearBudget: "1310.60@C8", execution: "1286.45@D8", weight: "10@E8", rate: "98.16@F8", score: "9.82@G8" },
    byIncome: [
      ["generalBudget", "一般公共预算", "1270.60@C10"],
      ["govFund", "政府性基金拨款", "@C11"],
      ["other", "其他资金", "40.00@C13"],
    ],
    byExpenditure: [
      ["basic", "基本支出", "936.17@D15"],
      ["project", "项目支出", "350.28@D16"],
    ],
    levelOne: LEVEL_ONE,
    indicators: INDICATORS,
    totalWeight: "100@F30",
    totalScore: "94.82@G30",
    rating: "优@G31",
    ...o,
  });
}

export function shaanxi(o: Partial<Parameters<typeof overallShaanxi>[0]> = {}) {
  return overallShaanxi({
    tasks: [
      { name: "医疗救助", budgetTotal: "800.00@C6", budgetFiscal: "780.00@D6", budgetOther: "20.00@E6", executionTotal: "790.00@F6", executionFiscal: "770.00@G6", executionOther: "20.00@H6" },
      { name: "基金监管", budgetTotal: "404.37@C7", budgetFiscal: "404.37@D7", budgetOther: "@E7", executionTotal: "396.45@F7", executionFiscal: "396.45@G7", executionOther: "@H7" },
    ],
    taskTotal: { name: "金额合计", budgetTotal: "1204.37@C12", budgetFiscal: "1184.37@D12", budgetOther: "20.00@E12", executionTotal: "1186.45@F12", executionFiscal: "1166.45@G12", executionOther: "20.00@H12", weight: "10@I12", rate: "98.51@J12", score: "9.85@K12" },
    levelOne: LEVEL_ONE,
    indicators: INDICATORS,
    totalWeight: "100@F30",
    totalScore: "94.85@G30",
    rating: "优秀@G31",
    ...o,
  });
}

export function aProject(o: Partial<Parameters<typeof project>[0]> = {}) {
  return project({
    name: "医疗救助资金管理",
    department: "示例县医疗保障局@B4",
    money: {
      total: { initialBudget: "180.00@C8", fullYearBudget: "200.00@D8", execution: "196.50@E8", weight: "10@F8", rate: "98.25@G8", score: "9.83@H8" },
      currentFiscal: { initialBudget: "180.00@C9", fullYearBudget: "180.00@D9", execution: "176.50@E9", weight: "@F9", rate: "@G9", score: "@H9" },
      carryover: { initialBudget: "0.00@C10", fullYearBudget: "20.00@D10", execution: "20.00@E10" },
      other: { initialBudget: "0.00@C11", fullYearBudget: "0.00@D11", execution: "0.00@E11" },
    },
    levelOne: LEVEL_ONE,
    indicators: INDICATORS,
    totalWeight: "100@F30",
    totalScore: "94.83@G30",
    rating: "优@G31",
    ...o,
  });
}
