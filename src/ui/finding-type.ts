import type { Finding } from "../core/findings/finding";

/**
 * What a finding asks of the user: `broken` — a figure to correct (or, for a 提示, to look at); `rounding` — a
 * 尾差 that needs no change; `not-checked` — a rule that could not run (a table or figure is missing).
 */
export type FindingType = "broken" | "rounding" | "not-checked";

/** Why an info was left unchecked, in a reader's words: a whole table missing, or a figure blank. */
export type NotCheckedReason = "missing-table" | "missing-figure";

/** Rules that speak about reading the workbook, never about a broken identity. */
const READING_RULES = /^structure\./;

/**
 * The finding's type: the model's own when it carries one, otherwise derived from what older findings say —
 * errors and warnings are broken identities; an info is a 尾差 when its message says so, unchecked when a rule
 * says it could not check (缺少…表, …未填列, 未核对), and otherwise a remark about the figures.
 */
export function findingType(f: Finding & { type?: FindingType }): FindingType {
  if (f.type === "broken" || f.type === "rounding" || f.type === "not-checked") return f.type;
  if (f.severity !== "info") return "broken";
  if (/尾差/.test(f.message) && !/未核对/.test(f.message)) return "rounding";
  if (READING_RULES.test(f.rule) || /未核对|^缺少|未填列|无从计算/.test(f.message)) return "not-checked";
  return "broken";
}

/** Why a not-checked finding was not checked, for the one-line summary ("未核对 13 项（缺表 10、缺数 3）"). */
export function notCheckedReason(f: Finding): NotCheckedReason {
  return /^缺少.*表|missing-table|未找到/.test(f.message) || f.rule === "structure.read-problems" ? "missing-table" : "missing-figure";
}
