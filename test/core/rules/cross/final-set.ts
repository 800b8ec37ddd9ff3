/**
 * A consistent set of 决算 tables (the example department, 万元) for the cross-table rules:
 * 表1 收入 1,246.45 / 支出 1,286.45; 表3 基本 936.17 + 项目 350.28; 表4/表5 一般公共 1,206.45;
 * 表6 人员 732.46 + 公用 123.71 = 表5 基本 856.17; 表7/表8 disclosed empty; 表9 决算 小计 10.41.
 */
import type { PackageModel } from "../../../../src/core/model/package";
import { pkg, subject, t01, t04, t06, t09 } from "../support";

/** 表4: 一般公共 1,206.45 income + 40.00 carry-in; 支出 1,206.45 in two 类; 年末 40.00; no 基金/国资. */
export const T04_SPEC: Parameters<typeof t04>[0] = {
  incomeLines: [
    ["general", "一般公共预算财政拨款", "1206.45@B6"],
    ["fund", "政府性基金预算财政拨款", "@B7"],
    ["stateCapital", "国有资本经营预算财政拨款", "@B8"],
  ],
  incomeTotal: "1206.45@B12",
  carryIn: [["general", "一般公共预算财政拨款", "40.00@B14"]],
  incomeGrandTotal: "1246.45@B18",
  rows: [
    ["208", "社会保障和就业支出", "1032.45@E6", "1032.45@F6", "@G6", "@H6"],
    ["210", "卫生健康支出", "174.00@E7", "174.00@F7", "@G7", "@H7"],
  ],
  expenditureTotal: { total: "1206.45@E12", general: "1206.45@F12", fund: "@G12", stateCapital: "@H12" },
  carryOut: { total: "40.00@E14", general: "40.00@F14", fund: "@G14", stateCapital: "@H14" },
  expenditureGrandTotal: { total: "1246.45@E18", general: "1246.45@F18", fund: "@G18", stateCapital: "@H18" },
};

export function finalSet(): PackageModel {
  return pkg({ final: finalTables() });
}

export function finalTables(): PackageModel["final"] {
  return {
    t01: t01({
      incomeLines: [
        ["generalBudget", "一、一般公共预算财政拨款收入", "1206.45@C6"],
        ["govFund", "二、政府性基金预算财政拨款收入", "@C7"],
        ["stateCapital", "三、国有资本经营预算财政拨款收入", "@C8"],
        ["businessIncome", "五、事业收入", "40.00@C10"],
      ],
      incomeTotal: "1246.45@C14",
      incomeCarryIn: "80.00@C16",
      incomeGrandTotal: "1326.45@C17",
      expenditureLines: [
        ["二十、社会保障和就业支出", "1112.45@F6"],
        ["二十一、卫生健康支出", "174.00@F7"],
      ],
      expenditureTotal: "1286.45@F14",
      expenditureCarryOut: "40.00@F16",
      expenditureGrandTotal: "1326.45@F17",
    }),
    t02: subject("final.02", {
      columns: ["total", "fiscal", "business"],
      rows: [
        [null, "合计", "1246.45@C7", "1206.45@D7", "40.00@E7"],
        ["208", "社会保障和就业支出", "1072.45@C8", "1032.45@D8", "40.00@E8"],
        ["210", "卫生健康支出", "174.00@C9", "174.00@D9", "@E9"],
      ],
    }),
    t03: subject("final.03", {
      columns: ["total", "basic", "project"],
      rows: [
        [null, "合计", "1286.45@C7", "936.17@D7", "350.28@E7"],
        ["208", "社会保障和就业支出", "1112.45@C8", "762.17@D8", "350.28@E8"],
        ["210", "卫生健康支出", "174.00@C9", "174.00@D9", "@E9"],
      ],
    }),
    t04: t04(T04_SPEC),
    t05: subject("final.05", {
      columns: ["total", "basic", "project"],
      rows: [
        [null, "合计", "1206.45@C7", "856.17@D7", "350.28@E7"],
        ["208", "社会保障和就业支出", "1032.45@C8", "682.17@D8", "350.28@E8"],
        ["210", "卫生健康支出", "174.00@C9", "174.00@D9", "@E9"],
      ],
    }),
    t06: t06({
      groups: [
        ["301", "工资福利支出", "700.00@C6", [["30101", "基本工资", "700.00@C7"]]],
        ["302", "商品和服务支出", "110.71@F6", [["30201", "办公费", "100.30@F7"], ["30217", "公务接待费", "2.35@F8"], ["30231", "公务用车运行维护费", "8.06@F9"]]],
        ["303", "对个人和家庭的补助", "32.46@C12", [["30305", "生活补助", "32.46@C13"]]],
        ["310", "资本性支出", "13.00@I6", [["31002", "办公设备购置", "13.00@I7"]]],
      ],
      personnelTotal: "732.46@C20",
      publicTotal: "123.71@F20",
    }),
    t07: subject("final.07", { columns: ["carryIn", "income", "total", "basic", "project", "carryOut"], rows: [], emptyDisclosed: true }),
    t08: subject("final.08", { columns: ["total", "basic", "project"], rows: [], emptyDisclosed: true }),
    t09: t09({
      budget: { total: "12.00@B7", abroad: "0.00@C7", reception: "3.00@D7", vehicleTotal: "9.00@E7", vehiclePurchase: "0.00@F7", vehicleOperation: "9.00@G7", meeting: "2.00@H7", training: "3.00@I7" },
      actual: { total: "10.41@B8", abroad: "0.00@C8", reception: "2.35@D8", vehicleTotal: "8.06@E8", vehiclePurchase: "0.00@F8", vehicleOperation: "8.06@G8", meeting: "1.50@H8", training: "2.60@I8" },
    }),
  };
}
