import type { Figure } from "../../values/figure";
import { hasValue } from "../../values/figure";
import type { Term } from "../context";
import type { SelfEvalEntry } from "./tables";

/**
 * The parts of a 自评表's 总分: the 预算执行率 row (年度资金总额 / 金额合计 — or each task when the 合计 row
 * carries no 分值) and every 三级指标. `pick` chooses 分值 or 得分.
 */
export function scoredParts(e: SelfEvalEntry, pick: "weight" | "score"): Term[] {
  const label = pick === "weight" ? "分值" : "得分";
  const execution = hasValue(e.scoredRow?.[pick] ?? null)
    ? [e.scoredRow!]
    : e.rows.filter((r) => r !== e.scoredRow && hasValue(r[pick]));
  return [
    ...execution.map((r) => ({ label: `${r.label}（预算执行率）${label}`, figure: r[pick] as Figure })),
    ...e.table.indicators.map((i) => ({ label: `“${i.name.text}”${label}`, figure: i[pick] })),
  ];
}
