import type { PackageModel } from "../../model/package";
import type { OverallSelfEval, ProjectSelfEval } from "../../model/selfeval";
import type { Figure } from "../../values/figure";
import { normalizeLabel } from "../../values/text";
import { projectName, cleanLabel } from "../labels";

/** A row with 全年预算数 (A), 全年执行数 (B), 分值, 执行率 (B/A) and 得分. */
export interface ExecutionRow {
  label: string;
  budget: Figure | null;
  execution: Figure | null;
  weight: Figure | null;
  rate: Figure | null;
  score: Figure | null;
}

/** One 自评表 as the rules see it: its kind, how to name it, and its 执行率 rows. */
export interface SelfEvalEntry {
  kind: "selfeval.overall" | "selfeval.project";
  name: string;
  table: OverallSelfEval | ProjectSelfEval;
  rows: ExecutionRow[];
  /** The row whose 分值/得分 are the 预算执行率 part of the total (年度资金总额, 金额合计). */
  scoredRow: ExecutionRow | undefined;
}

/** The 整体自评表 (if any) and every 项目自评表. */
export function selfEvals(model: PackageModel): SelfEvalEntry[] {
  const entries: SelfEvalEntry[] = [];
  const o = model.overall;
  if (o) {
    const name = "整体自评表";
    if (o.money) {
      const row = { label: `${name} ${cleanLabel(o.money.label)}`, budget: o.money.fullYearBudget, execution: o.money.execution, weight: o.money.weight, rate: o.money.rate, score: o.money.score };
      entries.push({ kind: "selfeval.overall", name, table: o, rows: [row], scoredRow: row });
    } else {
      const task = (t: NonNullable<OverallSelfEval["taskTotal"]>, label: string): ExecutionRow => ({ label, budget: t.budgetTotal, execution: t.executionTotal, weight: t.weight, rate: t.rate, score: t.score });
      const rows = o.tasks.map((t) => task(t, `${name} “${cleanLabel(t.name.text)}”`));
      const total = o.taskTotal ? task(o.taskTotal, `${name} 金额合计`) : undefined;
      entries.push({ kind: "selfeval.overall", name, table: o, rows: total ? [...rows, total] : rows, scoredRow: total });
    }
  }
  model.projects.forEach((p, i) => {
    const name = projectName(p, i);
    const rows = p.money.map((m) => ({ label: `${name} ${cleanLabel(m.label)}`, budget: m.fullYearBudget, execution: m.execution, weight: m.weight, rate: m.rate, score: m.score }));
    entries.push({ kind: "selfeval.project", name, table: p, rows, scoredRow: rows[p.money.findIndex((m) => m.key === "total")] });
  });
  return entries;
}

/** "产出指标（50分）" → "产出指标": 一级指标 names compared without the weight in their label. */
export function levelOneKey(name: string): string {
  return normalizeLabel(name).replace(/[(（][^)）]*[)）]/g, "").replace(/\d+(\.\d+)?分$/, "");
}
