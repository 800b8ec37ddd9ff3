import type { Finding } from "../core/findings/finding";
import type { PackageModel } from "../core/model/package";
import { readPackage } from "../core/locate/read-package";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";

export interface CheckResult {
  model: PackageModel;
  findings: Finding[];
}

/**
 * The one place the hosts call the core's check. Until src/core/analyze.ts (issue 3, analyzeWorkbook) lands,
 * it reads the package and reports what could not be read or found; swapping in analyzeWorkbook is this body.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot): CheckResult {
  const model = readPackage(snapshot);
  const findings: Finding[] = model.problems.map((p) => ({
    rule: `structure.${p.code}`,
    severity: p.code === "missing-table" ? "info" : "warning",
    title: p.code === "missing-table" ? "缺少表格" : "表格读取问题",
    message: p.message,
    table: null,
    sheet: p.sheet ?? null,
    cell: p.cell ?? null,
    cells: p.sheet && p.cell ? [{ sheet: p.sheet, cell: p.cell }] : [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
  }));
  return { model, findings };
}

/** Where a rule is explained: the generated catalogue (docs/rules.md, built into rules.html next to the page). */
export function ruleDocUrl(rule: string): string {
  return `rules.html#${encodeURIComponent(rule)}`;
}
