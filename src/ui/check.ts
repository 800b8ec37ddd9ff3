import { analyzeWorkbook } from "../core/analyze";
import type { Finding } from "../core/findings/finding";
import type { PackageModel } from "../core/model/package";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { defaultSettings, scoringConfigOf, type Settings } from "./settings";

export interface CheckResult {
  model: PackageModel;
  findings: Finding[];
}

/**
 * The one place the hosts call the core's check: find the tables, then run the rulebook over them with the
 * scoring choices kept in the document's settings. `fileName` is the file's name when the host knows it (the
 * offline page), a further source of the unit's name.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, settings: Settings = defaultSettings(), fileName?: string): CheckResult {
  return analyzeWorkbook(snapshot, { scoring: scoringConfigOf(settings), fileName });
}

/** Where a rule is explained: the generated catalogue (docs/rules.md, built into rules.html next to the page). */
export function ruleDocUrl(rule: string): string {
  return `rules.html#${encodeURIComponent(rule)}`;
}
