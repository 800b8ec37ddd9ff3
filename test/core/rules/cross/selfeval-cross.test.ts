import { fig, pkg, ruleTester } from "../support";
import { finalTables } from "./final-set";
import { aProject, hunan, shaanxi } from "../selfeval/selfeval-set";
import execution from "../../../../src/core/rules/cross/selfeval-t01-execution";
import basicProject from "../../../../src/core/rules/cross/selfeval-t03-basic-project";
import projectsT03 from "../../../../src/core/rules/cross/projects-t03";

ruleTester(execution, {
  valid: [{ name: "整体 全年执行数 1,286.45 = 表1 本年支出合计", model: pkg({ final: finalTables(), overall: hunan() }), infos: [] }],
  invalid: [
    {
      name: "全年执行数 taken from 本年收入合计 (1,246.45)",
      model: pkg({ final: finalTables(), overall: hunan({ money: { fullYearBudget: "1310.60@C8", execution: "1246.45@D8", weight: "10@E8", rate: "95.11@F8", score: "9.51@G8" } }) }),
      findings: [{ at: "整体自评!D8", cells: ["表1!F14"], expected: "1286.45", actual: "1246.45" }],
    },
    {
      name: "Shaanxi 金额合计 全年执行数 against 表1",
      model: pkg({ final: finalTables(), overall: shaanxi() }),
      findings: [{ at: "整体自评!F12", expected: "1286.45", actual: "1186.45", message: ["金额合计（全年执行数·总额）"] }],
    },
  ],
});

ruleTester(basicProject, {
  valid: [{ name: "基本 936.17 / 项目 350.28 = 表3 合计", model: pkg({ final: finalTables(), overall: hunan() }), infos: [] }],
  invalid: [
    {
      name: "基本 and 项目 swapped digits",
      model: pkg({ final: finalTables(), overall: hunan({ byExpenditure: [["basic", "基本支出", "963.17@D15"], ["project", "项目支出", "350.28@D16"]] }) }),
      findings: [{ at: "整体自评!D15", cells: ["表3!D7"], expected: "936.17" }],
    },
  ],
});

ruleTester(projectsT03, {
  valid: [
    {
      name: "a project covering part of 表3 项目支出 is an info (other projects not self-evaluated)",
      model: pkg({ final: finalTables(), projects: [aProject()] }),
      infos: [{ severity: "info", at: "表3!E7", message: ["少于表3 项目支出", "可能有项目未做绩效自评"] }],
    },
  ],
  invalid: [
    {
      name: "projects executing more than 表3 项目支出 is a warning",
      model: (() => {
        const p = aProject();
        p.money[0].execution = fig("396.50@E8", p.sheet);
        return pkg({ final: finalTables(), projects: [p] });
      })(),
      findings: [{ severity: "warning", at: "表3!E7", cells: ["项目-医疗救助资金管理!E8"], message: ["超过表3 项目支出"] }],
    },
  ],
});
