import { ratePercent } from "../core/scoring/rates";
import { lift, type Arg, type Result, type Scalar } from "./cell";
import { fastRatio } from "./fast-ratio";
import { rateCell, type RateSpec } from "./rate";

const EXECUTION_RATE: RateSpec = {
  numerator: "执行数",
  denominator: "预算数",
  divisionByZero: "预算数为 0，无法计算预算执行率",
  percent: ratePercent,
  fast: fastRatio,
};

/**
 * 预算执行率 = 全年执行数 ÷ 全年预算数，返回比值（请把单元格设为百分比格式）。可传入区域，一个公式填满一列。
 * @customfunction EXECRATE
 * @param execution 全年执行数（单元格或区域）
 * @param budget 全年预算数（单元格或区域）；为 0 时返回 #DIV/0!
 * @param [decimals] 按百分数保留的小数位，四舍五入（2 表示 98.57%）；省略则不舍入
 * @returns 预算执行率（比值）
 */
export function EXECRATE(execution: any[][], budget: any[][], decimals?: any[][]): any[][];
export function EXECRATE(execution: Arg, budget: Arg, decimals?: Arg): Result | Result[][];
export function EXECRATE(execution: Arg, budget: Arg, decimals?: Arg): Result | Result[][] {
  // The common case — one cell of each, as Excel passes them ([[452.37]], [[500]], null) — skips the array
  // machinery (budget: over a million per second).
  if (decimals === undefined || decimals === null) {
    const e = oneCell(execution);
    const b = oneCell(budget);
    if (typeof e === "number" && typeof b === "number") {
      const fast = fastRatio(e, b);
      if (fast !== undefined) return Array.isArray(execution) || Array.isArray(budget) ? [[fast]] : fast;
    }
  }
  return lift([execution, budget, decimals], executionRateCell);
}

/** The value of a single cell, whether passed bare or as Excel's 1×1 matrix. */
function oneCell(a: Arg): Arg {
  return Array.isArray(a) && a.length === 1 && a[0].length === 1 ? a[0][0] : a;
}

function executionRateCell([execution, budget, decimals]: Scalar[]): Result {
  return rateCell(execution, budget, decimals, EXECUTION_RATE);
}
