import type Decimal from "decimal.js";
import { formatAmount, formatPlain } from "../values/format";
import type { QuantityUnit } from "./quantity";

/** A figure in the words of a finding: "1,286.45万元", "98.16%", "9.83分", "57人". */
export function formatQuantity(value: Decimal, unit: QuantityUnit, decimals = 2): string {
  const dp = Math.min(Math.max(decimals, 0), unit === "money" ? 6 : 4);
  switch (unit) {
    case "money":
      return `${formatAmount(value, Math.max(dp, 2))}万元`;
    case "percent":
      return `${formatPlain(value, dp)}%`;
    case "score":
      return `${formatPlain(value, dp)}分`;
    case "count":
      return `${formatPlain(value, 0)}人`;
  }
}

/** The decimal string of a finding's expected/actual/difference fields (万元, percent points, 分, 人). */
export function plain(value: Decimal, decimals = 2): string {
  return formatPlain(value, Math.min(Math.max(decimals, 2), 6));
}
