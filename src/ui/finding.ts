import type { Finding } from "../core/findings/finding";

/** A stable key for a finding: what a suppression refers to, surviving a re-check of the same workbook. */
export function findingKey(f: Finding): string {
  const where = f.cells.length > 0 ? f.cells.map((c) => `${c.sheet}!${c.cell}`).join(",") : `${f.sheet ?? ""}!${f.cell ?? ""}`;
  return `${f.rule}@${where}`;
}

/** Every cell a finding points at (the primary cell first, no duplicates). */
export function cellsOf(f: Finding): { sheet: string; cell: string }[] {
  const out: { sheet: string; cell: string }[] = [];
  const seen = new Set<string>();
  const push = (sheet: string | null, cell: string | null) => {
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
