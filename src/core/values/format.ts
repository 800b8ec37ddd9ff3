import Decimal from "decimal.js";
import { roundHalfUp } from "../rounding/interval";

/**
 * How the product writes figures back to the user (report sentences, messages): half up, fixed decimals,
 * thousands separators on money. Built from Decimal digits, never through binary floats.
 */

/** "1286.454" → "1,286.45" (dp decimals, half up, thousands separators). */
export function formatAmount(value: Decimal, dp = 2): string {
  const [int, frac] = fixed(value, dp);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (value.isNegative() && !roundHalfUp(value, dp).isZero() ? "-" : "") + grouped + (dp > 0 ? "." + frac : "");
}

/** Money in 万元 as written in prose: "1,286.45万元". */
export function formatMoney(value: Decimal, dp = 2): string {
  return `${formatAmount(value, dp)}万元`;
}

/** A rate in percent points: 98.158 → "98.16%". */
export function formatPercent(points: Decimal, dp = 2): string {
  return `${formatPlain(points, dp)}%`;
}

/** A plain number with fixed decimals and no grouping (scores, counts): 9.8158 → "9.82", 60 → "60" (dp 0). */
export function formatPlain(value: Decimal, dp = 2): string {
  const [int, frac] = fixed(value, dp);
  return (value.isNegative() && !roundHalfUp(value, dp).isZero() ? "-" : "") + int + (dp > 0 ? "." + frac : "");
}

/** A Decimal whose toString never switches to exponent form (1e+23, 1e-7). */
const Positional = Decimal.clone({ toExpNeg: -9e15, toExpPos: 9e15 });

/** Integer and fraction digits of |value| rounded half up to dp places, the fraction padded to dp digits. */
function fixed(value: Decimal, dp: number): [string, string] {
  const rounded = roundHalfUp(value.abs(), dp);
  const [int, frac = ""] = new Positional(rounded.toString()).toString().split(".");
  return [int, frac.padEnd(dp, "0")];
}
