import { rmbUpper } from "../core/scoring/amount";
import { CellError, lift, readNumber, type Arg, type Result, type Scalar } from "./cell";

/**
 * 人民币大写：按《会计基础工作规范》写出金额的中文大写，如 1,005.20 → 壹仟零伍元贰角整；四舍五入到分。
 * @customfunction RMBUPPER
 * @param amount 以元为单位的金额（单元格或区域），须小于一万亿元
 * @returns 人民币大写金额
 */
export function RMBUPPER(amount: any[][]): any[][];
export function RMBUPPER(amount: Arg): Result | Result[][];
export function RMBUPPER(amount: Arg): Result | Result[][] {
  return lift([amount], rmbUpperCell);
}

function rmbUpperCell([amount]: Scalar[]): Result {
  const a = readNumber(amount, "金额");
  if (a instanceof CellError) return a;
  try {
    return rmbUpper(a);
  } catch (e) {
    if (e instanceof RangeError) return new CellError("#NUM!", e.message);
    throw e;
  }
}
