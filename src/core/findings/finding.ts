import { z } from "zod/v4";
import { TableKindSchema } from "../model/common";
import { CellRefSchema } from "../values/figure";

/**
 * error: an identity that must hold is broken beyond rounding; warning: likely wrong, but a legitimate 口径
 * difference is possible; info: 尾差 within rounding, a rule skipped for a missing table or figure, coverage notes.
 */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/**
 * One finding, shaped after Frictionless' error model: what rule, how bad, a title and a reviewer's note,
 * and the precise cells. `sheet`/`cell` is the primary cell (the figure that is wrong, e.g. the total);
 * `cells` lists every cell involved, the primary first. expected/actual/difference/tolerance are decimal
 * strings (万元 for money, percent points for rates, points for scores) — the words themselves for a name, a
 * year or a rating — or null when the rule compares nothing.
 */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  title: z.string(),
  message: z.string(),
  table: TableKindSchema.nullable(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  cells: z.array(CellRefSchema),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  difference: z.string().nullable(),
  tolerance: z.string().nullable(),
  /** For a finding on the 自评报告's text: the paragraph (numbered as read, blank ones not counted) and its words. */
  paragraph: z.object({ number: z.number().int().min(1), text: z.string() }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; within a severity, the order the rules reported them. */
export function bySeverity(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
