import { typeBySeverity, type Finding, type FindingType } from "../core/findings/finding";

export type { FindingType };

/** Why an info was left unchecked, in a reader's words: a whole table missing, or a figure blank. */
export type NotCheckedReason = "missing-table" | "missing-figure";

/**
 * What a finding asks of the user: `broken` — a figure to correct (or, for a 提示, to look at); `rounding` — a
 * 尾差 that needs no change; `not-checked` — a rule that could not run (a table or figure is missing). The core
 * types every finding it returns, tables and narrative alike; a finding built by hand is typed by its severity.
 */
export function findingType(f: Finding): FindingType {
  return f.type ?? typeBySeverity(f.severity);
}

/** Why a not-checked finding was not checked, for the one-line summary ("未核对 13 项（缺表 10、缺数 3）"). */
export function notCheckedReason(f: Finding): NotCheckedReason {
  return /^缺少.*表|missing-table|未找到/.test(f.message) || f.rule === "structure.read-problems" ? "missing-table" : "missing-figure";
}
