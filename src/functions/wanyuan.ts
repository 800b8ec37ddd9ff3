import { yuanToWanyuan } from "../core/scoring/amount";
import { CellError, lift, readDecimals, readNumber, type Arg, type Result, type Scalar } from "./cell";

/** Money the product writes has 2 decimals in 万元 (domain §3). */
const DEFAULT_DECIMALS = 2;

/**
 * 元换算为万元，四舍五入，默认保留 2 位小数（决算公开表的口径）。
 * @customfunction WANYUAN
 * @param yuan 以元为单位的金额（单元格或区域）
 * @param [decimals] 保留的小数位，默认 2
 * @returns 以万元为单位的金额
 */
export function WANYUAN(yuan: any[][], decimals?: any[][]): any[][];
export function WANYUAN(yuan: Arg, decimals?: Arg): Result | Result[][];
export function WANYUAN(yuan: Arg, decimals?: Arg): Result | Result[][] {
  return lift([yuan, decimals], wanyuanCell);
}

function wanyuanCell([yuan, decimals]: Scalar[]): Result {
  const y = readNumber(yuan, "金额（元）");
  if (y instanceof CellError) return y;
  const d = readDecimals(decimals);
  if (d instanceof CellError) return d;
  return yuanToWanyuan(y, d ?? DEFAULT_DECIMALS).toNumber();
}
