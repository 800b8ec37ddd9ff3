import type { PackageModel } from "../model/package";
import type { TableKind } from "../model/common";
import { tableName } from "../locate/read-package";
import { DEFAULT_SCORING, type ScoringConfig } from "../scoring/config";
import { bySeverity, typeBySeverity, type Finding } from "../findings/finding";
import { RuleContext } from "./context";
import { PackageIndex } from "./package-index";
import { RULES } from "./registry";
import type { Rule } from "./rule";
import { localiseErrors, type Identity } from "../attribution";
import { withoutUnknownCells } from "./structure/uncalculated";

export interface CheckOptions {
  /** Province-specific scoring (weights, rating bands, capping); domain §4 defaults otherwise. */
  scoring?: ScoringConfig;
  /** Rule ids the user switched off. */
  suppressed?: readonly string[];
  /** The rulebook to run (all rules by default). */
  rules?: readonly Rule[];
}

export function hasTable(model: PackageModel, kind: TableKind): boolean {
  switch (kind) {
    case "selfeval.overall":
      return !!model.overall;
    case "selfeval.project":
      return model.projects.length > 0;
    case "basedata":
      return !!model.basedata;
    case "cover":
      return !!model.cover;
    default:
      return !!model.final[`t${kind.slice(6)}` as keyof PackageModel["final"]];
  }
}

/** A rule that threw: one error finding naming it, so the other rules' findings still stand. */
export function internalError(rule: { id: string; title: string }, e: unknown): Finding {
  return {
    rule: rule.id,
    severity: "error",
    title: `内部错误：${rule.title}`,
    message: `核对规则“${rule.title}”（${rule.id}）运行出错，此项未能核对，其他规则不受影响：${e instanceof Error ? e.message : String(e)}`,
    table: null,
    sheet: null,
    cell: null,
    cells: [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
  };
}

/**
 * Runs every rule over the package: errors first, then warnings, then infos. Errors explained by one wrong
 * figure are folded under the error at that figure (core/attribution). A rule whose tables are
 * missing is skipped with an info saying which; a rule that throws becomes an internal-error finding
 * naming it, and the other rules still run.
 */
export function checkPackage(model: PackageModel, options: CheckOptions = {}): Finding[] {
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const suppressed = options.suppressed ?? [];
  // One index and one list of findings for the whole rulebook: rules report straight into it.
  const index = new PackageIndex(model);
  const findings: Finding[] = [];
  const identities: Identity[] = [];
  for (const rule of options.rules ?? RULES) {
    if (suppressed.includes(rule.id)) continue;
    const ctx = new RuleContext(rule, model, scoring, index, findings, identities);
    const missing = (rule.requires ?? rule.tables).filter((k) => !hasTable(model, k));
    if (missing.length > 0) {
      ctx.skip(null, `缺少${missing.map(tableName).join("、")}`);
      continue;
    }
    const before = findings.length;
    const identitiesBefore = identities.length;
    try {
      rule.check(ctx);
    } catch (e) {
      // What the rule reported before it threw is dropped: the internal error stands for the whole rule.
      findings.length = before;
      identities.length = identitiesBefore;
      findings.push(internalError(rule, e));
    }
  }
  // A cell whose formula has no result is unknown: nothing is concluded from it (and it explains nothing away).
  const known = withoutUnknownCells(model, findings, identities);
  // One wrong figure breaking several identities is one error, at that figure, the others its consequences.
  const localised = localiseErrors(known.findings, known.identities);
  for (const f of localised) f.type ??= typeBySeverity(f.severity);
  return localised.sort(bySeverity);
}
