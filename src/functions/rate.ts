import type Decimal from "decimal.js";
import { roundHalfUp } from "../core/rounding/interval";
import { CellError, readDecimals, readNumber, type Scalar, type Result } from "./cell";

/** What distinguishes one rate function from another: its formula, argument names and #DIV/0! message. */
export interface RateSpec {
  numerator: string;
  denominator: string;
  divisionByZero: string;
  percent: (numerator: Decimal, denominator: Decimal) => Decimal | undefined;
  fast: (numerator: number, denominator: number) => number | undefined;
}

/**
 * One cell of a rate function: the ratio (the cell is formatted as %), or with 小数位 the percent rounded
 * half up to that many places (2 → 98.57%) and given back as a ratio. Plain numbers without 小数位 take
 * the fast path; everything else goes through the core formula in decimal.js.
 */
export function rateCell(numerator: Scalar, denominator: Scalar, decimals: Scalar, spec: RateSpec): Result {
  if (typeof numerator === "number" && typeof denominator === "number" && (decimals === undefined || decimals === null)) {
    const fast = spec.fast(numerator, denominator);
    if (fast !== undefined) return fast;
  }
  const a = readNumber(numerator, spec.numerator);
  if (a instanceof CellError) return a;
  const b = readNumber(denominator, spec.denominator);
  if (b instanceof CellError) return b;
  const d = readDecimals(decimals);
  if (d instanceof CellError) return d;
  const percent = spec.percent(a, b);
  if (percent === undefined) return new CellError("#DIV/0!", spec.divisionByZero);
  return (d === undefined ? percent : roundHalfUp(percent, d)).dividedBy(100).toNumber();
}
