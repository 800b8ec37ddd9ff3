import { fig, pkg, ruleTester } from "../support";
import { aProject, hunan, shaanxi } from "./selfeval-set";
import taskSplit from "../../../../src/core/rules/selfeval/task-split";
import moneyRows from "../../../../src/core/rules/selfeval/money-rows";
import taskTotal from "../../../../src/core/rules/selfeval/task-total";
import byIncome from "../../../../src/core/rules/selfeval/by-income";
import byExpenditure from "../../../../src/core/rules/selfeval/by-expenditure";

ruleTester(taskSplit, {
  valid: [{ name: "each task's 总额 = 财政拨款 + 其他资金 (a blank 其他资金 adds nothing)", model: pkg({ overall: shaanxi() }), infos: [] }],
  invalid: [
    {
      name: "a task whose 执行数 总额 forgot the 其他资金",
      model: (() => {
        const o = shaanxi();
        o.tasks[0].executionTotal = fig("770.00@F6", "整体自评");
        return pkg({ overall: o });
      })(),
      findings: [{ at: "整体自评!F6", cells: ["整体自评!G6", "整体自评!H6"], expected: "790.00", actual: "770.00" }],
    },
  ],
});

ruleTester(taskTotal, {
  valid: [{ name: "金额合计 = Σ tasks on all six columns", model: pkg({ overall: shaanxi() }), infos: [] }],
  invalid: [
    {
      name: "the issue's example: 金额合计 (全年执行数·财政拨款) 36.00 too high",
      model: (() => {
        const o = shaanxi();
        o.taskTotal!.executionFiscal = fig("1202.45@G12", "整体自评");
        return pkg({ overall: o });
      })(),
      findings: [
        {
          at: "整体自评!G12",
          cells: ["整体自评!G6", "整体自评!G7"],
          expected: "1166.45",
          actual: "1202.45",
          message: ["金额合计（全年执行数·财政拨款）应为 1,166.45（任务1–2 之和），实际为 1,202.45，相差 36.00，请核对金额合计（全年执行数·财政拨款）或任务1–2"],
          tolerance: "0.015",
        },
      ],
    },
  ],
});

ruleTester(moneyRows, {
  valid: [{ name: "年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金 on the three columns", model: pkg({ projects: [aProject()] }), infos: [] }],
  invalid: [
    {
      name: "全年预算数 that leaves out the 上年结转资金",
      model: (() => {
        const p = aProject();
        p.money[0].fullYearBudget = fig("180.00@D8", p.sheet);
        return pkg({ projects: [p] });
      })(),
      findings: [{ at: "项目-医疗救助资金管理!D8", cells: ["项目-医疗救助资金管理!D9", "项目-医疗救助资金管理!D10"], expected: "200.00", message: ["项目自评表“医疗救助资金管理” 年度资金总额（全年预算数）"] }],
    },
  ],
});

ruleTester(byIncome, {
  valid: [{ name: "按收入性质 Σ = 全年预算数", model: pkg({ overall: hunan() }), infos: [] }],
  invalid: [
    {
      name: "按收入性质 filled with 年初预算数",
      model: pkg({ overall: hunan({ byIncome: [["generalBudget", "一般公共预算", "1210.00@C10"], ["other", "其他资金", "40.00@C13"]] }) }),
      findings: [{ at: "整体自评!C8", cells: ["整体自评!C10", "整体自评!C13"], expected: "1250.00", actual: "1310.60" }],
    },
  ],
});

ruleTester(byExpenditure, {
  valid: [{ name: "基本 + 项目 = 全年执行数", model: pkg({ overall: hunan() }), infos: [] }],
  invalid: [
    {
      name: "项目支出 taken from the budget",
      model: pkg({ overall: hunan({ byExpenditure: [["basic", "基本支出", "936.17@D15"], ["project", "项目支出", "360.00@D16"]] }) }),
      findings: [{ at: "整体自评!D8", cells: ["整体自评!D15", "整体自评!D16"], expected: "1296.17" }],
    },
  ],
});
