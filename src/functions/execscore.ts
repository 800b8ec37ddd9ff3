import { roundHalfUp } from "../core/rounding/interval";
import { executionScore } from "../core/scoring/rates";
import { CellError, lift, readNumber, type Arg, type Result, type Scalar } from "./cell";

/**
 * 预算执行率得分 = 分值 × min(执行率, 100%)，四舍五入保留 2 位小数。
 * @customfunction EXECSCORE
 * @param execution 全年执行数（单元格或区域）
 * @param budget 全年预算数（单元格或区域）；为 0 时返回 #DIV/0!
 * @param weight 预算执行率的分值（通常为 10）
 * @returns 预算执行率得分
 */
export function EXECSCORE(execution: any[][], budget: any[][], weight: any[][]): any[][];
export function EXECSCORE(execution: Arg, budget: Arg, weight: Arg): Result | Result[][];
export function EXECSCORE(execution: Arg, budget: Arg, weight: Arg): Result | Result[][] {
  return lift([execution, budget, weight], executionScoreCell);
}

function executionScoreCell([execution, budget, weight]: Scalar[]): Result {
  const a = readNumber(execution, "执行数");
  if (a instanceof CellError) return a;
  const b = readNumber(budget, "预算数");
  if (b instanceof CellError) return b;
  const w = readNumber(weight, "分值");
  if (w instanceof CellError) return w;
  const score = executionScore(a, b, w);
  if (score === undefined) return new CellError("#DIV/0!", "预算数为 0，无法计算预算执行率得分");
  return roundHalfUp(score, 2).toNumber();
}
