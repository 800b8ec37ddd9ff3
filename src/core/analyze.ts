import type { WorkbookSnapshot } from "./sheet/snapshot";
import type { PackageModel } from "./model/package";
import { readPackage, ALL_RECOGNIZERS, type ReadOptions } from "./locate/read-package";
import { readCoverage } from "./locate/coverage";
import { checkPackage, type CheckOptions } from "./rules/check-package";
import type { Finding } from "./findings/finding";

/**
 * The one-click check: read every table of the workbook, measure how much of each was read, then run the
 * rulebook. What could not be read (unreadable figures → error, missing tables → info) is reported by the rule
 * structure.read-problems, numbers of a recognised table left unread by structure.read-coverage,
 * so it can be filtered and suppressed like any other finding.
 */
export function analyzeWorkbook(workbook: WorkbookSnapshot, options: CheckOptions & ReadOptions = {}): { model: PackageModel; findings: Finding[] } {
  const model = readPackage(workbook, ALL_RECOGNIZERS, { fileName: options.fileName });
  // Measured once per package, here rather than in the recognisers: structure.read-coverage reports it.
  model.coverage = readCoverage(workbook, model);
  return { model, findings: checkPackage(model, options) };
}
