import type Decimal from "decimal.js";
import { compareSum } from "../core/rounding/compare";
import { DEFAULT_MONEY_DECIMALS } from "../core/values/figure";
import { CellError, cellsOf, isBlank, readNumber, type Arg, type Result } from "./cell";

/**
 * 合计校验：合计与各分项之和在四舍五入尾差范围内（如 2 位小数的 n 个分项允许 0.005×(n+1)）一致时返回 TRUE，否则返回差额；空白分项不计入。
 * @customfunction SUMCHECK
 * @param total 合计（单个单元格）
 * @param parts 分项（一个或多个单元格或区域）
 * @returns TRUE，或合计与分项之和的差额
 */
// A repeating parameter arrives as ONE argument, the list of its ranges (Excel calls fn.apply(null, values)):
// a rest parameter would wrap that list once more and every call would fail.
export function SUMCHECK(total: any[][], parts: any[][][]): any;
export function SUMCHECK(total: Arg, parts: Arg[]): Result;
export function SUMCHECK(total: Arg, parts: Arg[]): Result {
  const totalCells = cellsOf([total]);
  if (totalCells.length !== 1) return new CellError("#VALUE!", "参数“合计”须为单个单元格");
  const t = readNumber(totalCells[0], "合计");
  if (t instanceof CellError) return t;
  const reported: { value: Decimal; decimals: number }[] = [];
  for (const cell of cellsOf(parts)) {
    // A blank or dash part is a line with no amount: nothing to add (the total is still required).
    if (isBlank(cell)) continue;
    const p = readNumber(cell, "分项");
    if (p instanceof CellError) return p;
    reported.push(asReported(p));
  }
  if (reported.length === 0) return new CellError("#N/A", "参数“分项”没有可用的数字");
  const comparison = compareSum(asReported(t), reported);
  return comparison.holds ? true : comparison.difference.toNumber();
}

/** A figure's precision is what it shows, and never less than the 2 decimals money is published with. */
function asReported(value: Decimal): { value: Decimal; decimals: number } {
  return { value, decimals: Math.max(DEFAULT_MONEY_DECIMALS, value.decimalPlaces()) };
}
