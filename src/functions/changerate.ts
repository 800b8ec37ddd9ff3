import { changeRatePercent } from "../core/scoring/rates";
import { lift, type Arg, type Result, type Scalar } from "./cell";
import { fastChangeRatio } from "./fast-ratio";
import { rateCell, type RateSpec } from "./rate";

const CHANGE_RATE: RateSpec = {
  numerator: "本年数",
  denominator: "上年数",
  divisionByZero: "上年数为 0，无法计算变动率",
  percent: changeRatePercent,
  fast: fastChangeRatio,
};

/**
 * 变动率 = (本年数 − 上年数) ÷ 上年数，返回比值（单元格设为百分比格式）；增长为正，下降为负。
 * @customfunction CHANGERATE
 * @param current 本年数（单元格或区域）
 * @param previous 上年数（单元格或区域）；为 0 时返回 #DIV/0!
 * @param [decimals] 按百分数保留的小数位，四舍五入；省略则不舍入
 * @returns 变动率（比值）
 */
export function CHANGERATE(current: any[][], previous: any[][], decimals?: any[][]): any[][];
export function CHANGERATE(current: Arg, previous: Arg, decimals?: Arg): Result | Result[][];
export function CHANGERATE(current: Arg, previous: Arg, decimals?: Arg): Result | Result[][] {
  return lift([current, previous, decimals], changeRateCell);
}

function changeRateCell([current, previous, decimals]: Scalar[]): Result {
  return rateCell(current, previous, decimals, CHANGE_RATE);
}
