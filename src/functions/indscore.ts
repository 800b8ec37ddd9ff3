import { roundHalfUp } from "../core/rounding/interval";
import { indicatorScore } from "../core/scoring/indicator";
import { CellError, isBlank, lift, readNumber, readText, type Arg, type Result, type Scalar } from "./cell";

/**
 * 三级指标得分：达到年度指标值得满分，未达到按 分值×实际/目标（"≤"类按 分值×目标/实际）计分，保留 2 位小数；定性指标返回 #N/A"需人工评定"。
 * @customfunction INDSCORE
 * @param target 年度指标值（单元格或区域），如"≥95%""15 人""2024 年底"
 * @param actual 实际完成值（单元格或区域）
 * @param weight 该指标的分值
 * @returns 指标得分
 */
export function INDSCORE(target: any[][], actual: any[][], weight: any[][]): any[][];
export function INDSCORE(target: Arg, actual: Arg, weight: Arg): Result | Result[][];
export function INDSCORE(target: Arg, actual: Arg, weight: Arg): Result | Result[][] {
  return lift([target, actual, weight], indicatorScoreCell);
}

function indicatorScoreCell([target, actual, weight]: Scalar[]): Result {
  const t = readText(target, "年度指标值");
  if (t instanceof CellError) return t;
  const a = readText(actual, "实际完成值");
  if (a instanceof CellError) return a;
  const w = readNumber(weight, "分值");
  if (w instanceof CellError) return w;
  if (isBlank(t)) return new CellError("#N/A", "参数“年度指标值”为空");
  if (isBlank(a)) return new CellError("#N/A", "参数“实际完成值”为空");
  const result = indicatorScore(t, a, w);
  if (result.kind === "manual") return new CellError("#N/A", result.reason);
  return roundHalfUp(result.score, 2).toNumber();
}
