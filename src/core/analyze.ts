import type { WorkbookSnapshot } from "./sheet/snapshot";
import type { PackageModel } from "./model/package";
import { readPackage } from "./locate/read-package";
import { checkPackage, type CheckOptions } from "./rules/check-package";
import type { Finding } from "./findings/finding";

/**
 * The one-click check: read every table of the workbook, then run the rulebook. What could not be read
 * (unreadable figures → error, missing tables → info) is reported by the rule structure.read-problems,
 * so it can be filtered and suppressed like any other finding.
 */
export function analyzeWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): { model: PackageModel; findings: Finding[] } {
  const model = readPackage(workbook);
  return { model, findings: checkPackage(model, options) };
}
