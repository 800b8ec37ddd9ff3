import { ratingOf } from "../core/scoring/rates";
import { CellError, lift, readNumber, type Arg, type Result, type Scalar } from "./cell";

/**
 * 评价等级：总分 ≥ 90 为"优"，80–90 为"良"，60–80 为"中"，60 以下为"差"。
 * @customfunction GRADE
 * @param total 自评总分（单元格或区域）
 * @returns 优、良、中或差
 */
export function GRADE(total: any[][]): any[][];
export function GRADE(total: Arg): Result | Result[][];
export function GRADE(total: Arg): Result | Result[][] {
  return lift([total], gradeCell);
}

function gradeCell([total]: Scalar[]): Result {
  const t = readNumber(total, "总分");
  if (t instanceof CellError) return t;
  return ratingOf(t);
}
