import type { Finding, Severity } from "../core/findings/finding";
import { cellsOf } from "./finding";

/**
 * A mark is a conditional format the product adds over a cell: it overlays a fill without touching the
 * cell's value, formula or own formatting, and is recognisable later (even after save and reopen) by the
 * tag inside its always-true rule formula. Clearing deletes exactly the formats carrying the tag.
 */
export const MARK_TAG = "jx-selfeval";

export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Fill and font colours per severity (the Excel "bad / neutral / note" palette, readable in both themes). */
export const MARK_STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

/** The rule formula of a mark: N() of text is 0, so it is always true, and the text carries the tag. */
export function markFormula(severity: Severity): string {
  return `=N("${MARK_TAG}:${severity}")=0`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.toLowerCase().includes(`"${MARK_TAG}:`);
}

/**
 * One mark per cell, the most severe finding winning; suppressed findings leave no mark, and neither do 提示
 * (尾差 within rounding, skipped rules): a mark says "fix this", and an info asks for nothing.
 */
export function marksFor(findings: Finding[], isSuppressed: (f: Finding) => boolean = () => false): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    if (f.severity === "info" || isSuppressed(f)) continue;
    for (const c of cellsOf(f)) {
      const k = `${c.sheet}!${c.cell}`;
      const had = byCell.get(k);
      if (!had || RANK[f.severity] < RANK[had.severity]) byCell.set(k, { sheet: c.sheet, cell: c.cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}
