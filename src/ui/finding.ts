import type { TableKind } from "../core/model/common";

/**
 * The shape of a check result as the UI shows it. Mirrors `Finding` of src/core/analyze.ts (rules engineer);
 * the UI reads only these fields, so the core type can replace this one without touching the components.
 */
export type Severity = "error" | "warning" | "info";

export interface FindingView {
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  sheet?: string;
  cell?: string;
  cells: { sheet: string; cell: string }[];
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  table?: TableKind;
}

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A stable key for a finding: what a suppression refers to, surviving a re-check of the same workbook. */
export function findingKey(f: FindingView): string {
  const where = f.cells.length > 0 ? f.cells.map((c) => `${c.sheet}!${c.cell}`).join(",") : `${f.sheet ?? ""}!${f.cell ?? ""}`;
  return `${f.rule}@${where}`;
}

/** Every cell a finding points at (the main cell first, no duplicates). */
export function cellsOf(f: FindingView): { sheet: string; cell: string }[] {
  const out: { sheet: string; cell: string }[] = [];
  const seen = new Set<string>();
  const push = (sheet: string | undefined, cell: string | undefined) => {
    if (!sheet || !cell) return;
    const k = `${sheet}!${cell}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ sheet, cell });
  };
  push(f.sheet, f.cell);
  for (const c of f.cells) push(c.sheet, c.cell);
  return out;
}
