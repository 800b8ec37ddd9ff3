import { ratePercent } from "../core/scoring/rates";
import { lift, type Arg, type Result, type Scalar } from "./cell";
import { fastRatio } from "./fast-ratio";
import { rateCell, type RateSpec } from "./rate";

const CONTROL_RATE: RateSpec = {
  numerator: "实际数",
  denominator: "预算数",
  divisionByZero: "预算数为 0，无法计算控制率",
  percent: ratePercent,
  fast: fastRatio,
};

/**
 * 控制率 = 实际数 ÷ 预算数（"三公"经费控制率、公用经费控制率、在职人员控制率等），返回比值（单元格设为百分比格式）。
 * @customfunction CONTROLRATE
 * @param actual 实际数（单元格或区域），如三公经费实际支出、实际在职人数
 * @param budget 预算数（单元格或区域），如三公经费预算、编制数；为 0 时返回 #DIV/0!
 * @param [decimals] 按百分数保留的小数位，四舍五入；省略则不舍入
 * @returns 控制率（比值）
 */
export function CONTROLRATE(actual: any[][], budget: any[][], decimals?: any[][]): any[][];
export function CONTROLRATE(actual: Arg, budget: Arg, decimals?: Arg): Result | Result[][];
export function CONTROLRATE(actual: Arg, budget: Arg, decimals?: Arg): Result | Result[][] {
  return lift([actual, budget, decimals], controlRateCell);
}

function controlRateCell([actual, budget, decimals]: Scalar[]): Result {
  return rateCell(actual, budget, decimals, CONTROL_RATE);
}
