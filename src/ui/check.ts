import type { Finding } from "../core/findings/finding";
import type { PackageModel } from "../core/model/package";
import { readPackage } from "../core/locate/read-package";
import { checkPackage } from "../core/rules/check-package";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";

export interface CheckResult {
  model: PackageModel;
  findings: Finding[];
}

/** The one place the hosts call the core's check: find the tables, then run the rulebook over them. */
export function checkWorkbook(snapshot: WorkbookSnapshot): CheckResult {
  const model = readPackage(snapshot);
  return { model, findings: checkPackage(model) };
}

/** Where a rule is explained: the generated catalogue (docs/rules.md, built into rules.html next to the page). */
export function ruleDocUrl(rule: string): string {
  return `rules.html#${encodeURIComponent(rule)}`;
}
