import { ratePercent } from "../core/scoring/rates";
import { lift, type Arg, type Result, type Scalar } from "./cell";
import { fastRatio } from "./fast-ratio";
import { rateCell, type RateSpec } from "./rate";

const SHARE_RATE: RateSpec = {
  numerator: "部分",
  denominator: "合计",
  divisionByZero: "合计为 0，无法计算占比",
  percent: ratePercent,
  fast: fastRatio,
};

/**
 * 占比 = 部分 ÷ 合计，返回比值（单元格设为百分比格式），如基本支出占总支出的比重。
 * @customfunction SHARE
 * @param part 部分（单元格或区域）
 * @param total 合计（单元格或区域）；为 0 时返回 #DIV/0!
 * @param [decimals] 按百分数保留的小数位，四舍五入；省略则不舍入
 * @returns 占比（比值）
 */
export function SHARE(part: any[][], total: any[][], decimals?: any[][]): any[][];
export function SHARE(part: Arg, total: Arg, decimals?: Arg): Result | Result[][];
export function SHARE(part: Arg, total: Arg, decimals?: Arg): Result | Result[][] {
  return lift([part, total, decimals], shareCell);
}

function shareCell([part, total, decimals]: Scalar[]): Result {
  return rateCell(part, total, decimals, SHARE_RATE);
}
