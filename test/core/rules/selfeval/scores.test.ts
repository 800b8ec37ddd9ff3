import { DEFAULT_SCORING } from "../../../../src/core/scoring/config";
import { pkg, ruleTester, text } from "../support";
import { aProject, hunan, shaanxi, INDICATORS } from "./selfeval-set";
import executionRate from "../../../../src/core/rules/selfeval/execution-rate";
import executionScore from "../../../../src/core/rules/selfeval/execution-score";
import levelOneWeights from "../../../../src/core/rules/selfeval/level-one-weights";
import totalWeight from "../../../../src/core/rules/selfeval/total-weight";
import totalScore from "../../../../src/core/rules/selfeval/total-score";
import scoreRange from "../../../../src/core/rules/selfeval/score-range";
import fullScore from "../../../../src/core/rules/selfeval/indicator-full-score";
import rating from "../../../../src/core/rules/selfeval/rating";

const ALL = pkg({ overall: hunan(), projects: [aProject()] });

ruleTester(executionRate, {
  valid: [
    { name: "98.16% = 1,286.45 ÷ 1,310.60; project 98.25%; blank rates on sub-rows are not asked for", model: ALL, infos: [] },
    { name: "Shaanxi 金额合计 98.51%", model: pkg({ overall: shaanxi() }), infos: [] },
    {
      name: "a rate recorded with 1 decimal (98.2%) is the rate rounded at that precision: nothing to say",
      model: pkg({ overall: hunan({ money: { fullYearBudget: "1310.60@C8", execution: "1286.45@D8", weight: "10@E8", rate: "98.2@F8", score: "9.82@G8" } }) }),
      infos: [],
    },
    {
      name: "a rate computed from unrounded amounts (33.34% beside 1.00 ÷ 3.00) is 尾差",
      model: pkg({ overall: hunan({ money: { fullYearBudget: "3.00@C8", execution: "1.00@D8", weight: "10@E8", rate: "33.34@F8", score: "3.33@G8" } }) }),
      infos: [{ severity: "info", at: "整体自评!F8", message: ["计算为 33.33%", "相差 0.01 个百分点", "尾差"] }],
    },
  ],
  invalid: [
    {
      name: "a truncated rate (98.15% instead of 98.16%)",
      model: pkg({ overall: hunan({ money: { fullYearBudget: "1310.60@C8", execution: "1286.45@D8", weight: "10@E8", rate: "98.15@F8", score: "9.82@G8" } }) }),
      findings: [{ at: "整体自评!F8", cells: ["整体自评!D8", "整体自评!C8"], expected: "98.16", actual: "98.15", message: ["应为 98.16%", "1,286.45 ÷ 全年预算数 1,310.60", "个百分点"] }],
    },
    {
      name: "a rate computed against the 年初预算数 (102.92%)",
      model: pkg({ overall: hunan({ money: { initialBudget: "1250.00@B8", fullYearBudget: "1310.60@C8", execution: "1286.45@D8", weight: "10@E8", rate: "102.92@F8", score: "10@G8" } }) }),
      findings: [{ at: "整体自评!F8", expected: "98.16" }],
    },
    {
      name: "a rate next to a zero budget cannot be computed: info",
      model: pkg({ overall: hunan({ money: { fullYearBudget: "0.00@C8", execution: "0.00@D8", weight: "10@E8", rate: "100.00@F8", score: "10@G8" } }) }),
      findings: [{ severity: "info", at: "整体自评!F8", message: ["为 0"] }],
    },
  ],
});

ruleTester(executionScore, {
  valid: [
    { name: "9.82 = 10 × 98.16%; 9.83 = 10 × 98.25% (half up)", model: ALL, infos: [] },
    {
      name: "over-execution is capped at 100%: 10 × min(103%, 100%) = 10",
      model: pkg({ overall: hunan({ money: { fullYearBudget: "1000.00@C8", execution: "1030.00@D8", weight: "10@E8", rate: "103.00@F8", score: "10.00@G8" } }) }),
      infos: [],
    },
  ],
  invalid: [
    {
      name: "the score copied from the weight although the rate is 98.16%",
      model: pkg({ overall: hunan({ money: { fullYearBudget: "1310.60@C8", execution: "1286.45@D8", weight: "10@E8", rate: "98.16@F8", score: "10@G8" } }) }),
      findings: [{ at: "整体自评!G8", cells: ["整体自评!E8", "整体自评!F8"], expected: "9.82", actual: "10.00" }],
    },
    {
      name: "full marks 10 with 执行率 99.39% (a real package): 10 × 99.39% = 9.94 under the default scoring",
      model: pkg({ overall: hunan({ money: { fullYearBudget: "1294.35@C8", execution: "1286.45@D8", weight: "10@E8", rate: "99.39@F8", score: "10@G8" } }) }),
      findings: [{ at: "整体自评!G8", expected: "9.94", actual: "10.00", message: ["应为 9.94", "执行率 99.39%"] }],
    },
    {
      name: "without the cap (a province setting) over-execution earns more",
      scoring: { ...DEFAULT_SCORING, capExecutionRateAt100: false },
      model: pkg({ overall: hunan({ money: { fullYearBudget: "1000.00@C8", execution: "1030.00@D8", weight: "10@E8", rate: "103.00@F8", score: "10.00@G8" } }) }),
      findings: [{ at: "整体自评!G8", expected: "10.30" }],
    },
  ],
});

ruleTester(levelOneWeights, {
  valid: [{ name: "产出 20 + 30 = 50; 效益 30; 满意度 10", model: ALL, infos: [] }],
  invalid: [
    {
      name: "产出指标 declared 50 but its indicators give 45",
      model: pkg({ overall: hunan({ indicators: INDICATORS.map((i, n) => (n === 1 ? [i[0], i[1], i[2], i[3], i[4], "25@F21", "23.33@G21"] : i)) }) }),
      findings: [{ at: "整体自评!A20", cells: ["整体自评!F20", "整体自评!F21"], expected: "45.00", actual: "50.00" }],
    },
  ],
});

ruleTester(totalWeight, {
  valid: [
    { name: "Σ 分值 = 100 on the overall table and the project", model: ALL, infos: [] },
    { name: "with no 总分 row, compared to the configured 100", model: pkg({ overall: hunan({ totalWeight: undefined }) }), infos: [] },
  ],
  invalid: [
    {
      name: "分值 adding to 110",
      model: pkg({ overall: hunan({ indicators: [...INDICATORS, ["产出指标", "时效指标", "完工时间", "2024 年底", "2024 年底", "10@F24", "10@G24"]], totalScore: "104.82@G30" }) }),
      findings: [{ at: "整体自评!F30", expected: "110.00", actual: "100.00", message: ["应为 110.00"] }],
    },
    {
      name: "Shaanxi 分值 adding to 110 (金额合计 10 + indicators 100)",
      model: pkg({ overall: shaanxi({ indicators: [...INDICATORS, ["产出指标", "时效指标", "完工时间", "2024 年底", "2024 年底", "10@F24", "10@G24"]], totalScore: "104.85@G30" }) }),
      findings: [{ at: "整体自评!F30", expected: "110.00", actual: "100.00", message: ["应为 110.00"] }],
    },
    {
      // Was "满分 100 应为 10.00": the 金额合计 分值 alone compared with the full score.
      name: "no indicator read (a header not understood): not checked, never compared with the 预算执行率 分值 alone",
      model: pkg({ overall: shaanxi({ levelOne: [], indicators: [], totalWeight: undefined, totalScore: undefined }) }),
      findings: [{ severity: "info", at: "整体自评!I12", message: ["未读到三级指标"] }],
    },
  ],
});

ruleTester(totalScore, {
  valid: [{ name: "Σ 得分 = 94.82 and 94.83", model: ALL, infos: [] }],
  invalid: [
    {
      name: "总得分 that leaves out the 预算执行率 得分",
      model: pkg({ overall: hunan({ totalScore: "85.00@G30" }) }),
      findings: [{ at: "整体自评!G30", cells: ["整体自评!G8", "整体自评!G20"], expected: "94.82", actual: "85.00" }],
    },
  ],
});

ruleTester(scoreRange, {
  valid: [{ name: "every 得分 within 0..分值", model: ALL, infos: [] }],
  invalid: [
    {
      name: "得分 above its 分值",
      model: pkg({ overall: hunan({ indicators: INDICATORS.map((i, n) => (n === 3 ? [i[0], i[1], i[2], i[3], i[4], "10@F23", "12@G23"] : i)) }) }),
      findings: [{ at: "整体自评!G23", cells: ["整体自评!F23"], message: ["超过分值"] }],
    },
    {
      name: "a negative 得分",
      model: pkg({ overall: hunan({ indicators: INDICATORS.map((i, n) => (n === 3 ? [i[0], i[1], i[2], i[3], i[4], "10@F23", "-1@G23"] : i)) }) }),
      findings: [{ at: "整体自评!G23", message: ["不能为负"] }],
    },
  ],
});

ruleTester(fullScore, {
  valid: [{ name: "missed target (14 of 15 人) scored proportionally; qualitative ones not judged", model: ALL, infos: [] }],
  invalid: [
    {
      name: "14 of 15 人 but full marks",
      model: pkg({ overall: hunan({ indicators: INDICATORS.map((i, n) => (n === 1 ? [i[0], i[1], i[2], i[3], i[4], "30@F21", "30@G21"] : i)) }) }),
      findings: [{ at: "整体自评!G21", cells: ["整体自评!D21", "整体自评!E21"], expected: "28.00", message: ["未达到年度指标值", "满分"] }],
    },
  ],
});

ruleTester(rating, {
  valid: [
    { name: "94.82 is 优; “优秀” is read as 优", model: pkg({ overall: shaanxi(), projects: [aProject()] }), infos: [] },
    { name: "no rating written: nothing to check", model: pkg({ overall: hunan({ rating: undefined }) }), infos: [] },
  ],
  invalid: [
    { name: "良 written for 94.82", model: pkg({ overall: hunan({ rating: "良好@G31" }) }), findings: [{ at: "整体自评!G31", cells: ["整体自评!G30"], expected: "优", actual: "良好" }] },
    {
      name: "an unknown rating word is an info",
      model: (() => {
        const o = hunan();
        o.rating = text("A@G31", o.sheet);
        return pkg({ overall: o });
      })(),
      findings: [{ severity: "info", at: "整体自评!G31", message: ["不是可识别的等级写法"] }],
    },
  ],
});

