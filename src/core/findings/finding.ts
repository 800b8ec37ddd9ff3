import { z } from "zod/v4";
import { TableKindSchema } from "../model/common";
import { CellRefSchema } from "../values/figure";

/**
 * error: an identity that must hold is broken beyond rounding; warning: likely wrong, but a legitimate 口径
 * difference is possible; info: 尾差 within rounding, a rule skipped for a missing table or figure, coverage notes.
 */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * What kind of finding it is, for a reviewer who filters: broken — an identity does not hold (every error and
 * warning); rounding — a 尾差 info, the identity holds within rounding; not-checked — an info saying something
 * could not be checked (a missing table or figure, an unread cell, a unit converted before checking).
 */
export const FindingTypeSchema = z.enum(["broken", "rounding", "not-checked"]);
export type FindingType = z.infer<typeof FindingTypeSchema>;

/**
 * The type of a finding whose rule did not say: errors and warnings say an identity is broken; an info not
 * marked 尾差 (or a remark) by its rule says what was not checked.
 */
export function typeBySeverity(severity: Severity): FindingType {
  return severity === "info" ? "not-checked" : "broken";
}

/**
 * A finding folded under another because one wrong figure explains both (see core/attribution): the rule that
 * saw it, where it pointed, and what it said.
 */
export const ConsequenceSchema = z.object({
  rule: z.string(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  message: z.string(),
});
export type Consequence = z.infer<typeof ConsequenceSchema>;

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
  /** Filled by checkPackage for every finding it returns; optional so a rule's own literal need not say it. */
  type: FindingTypeSchema.optional(),
  /** The findings this one's wrong figure also breaks, folded under it (only on the finding blamed). */
  consequences: z.array(ConsequenceSchema).optional(),
  /** For a finding on the 自评报告's text: the paragraph (numbered as read, blank ones not counted) and its words. */
  paragraph: z.object({ number: z.number().int().min(1), text: z.string() }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; within a severity, the order the rules reported them. */
export function bySeverity(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
