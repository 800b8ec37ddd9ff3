/**
 * The narrative check: a 自评报告's paragraphs against the checked package (pure; src/word reads the .docx,
 * hosts pair it with its workbook).
 */
import type { PackageModel } from "../model/package";
import { bySeverity, typeBySeverity, type Finding } from "../findings/finding";
import { NarrativeContext, readParagraphs, type ReportParagraph } from "./context";
import { NARRATIVE_RULES } from "./rules/registry";
import { FigureIndex } from "./topic";
import { internalError } from "../rules/check-package";

export { NARRATIVE_RULES } from "./rules/registry";
export type { NarrativeRule, ReportParagraph } from "./context";

export interface NarrativeOptions {
  /** Rule ids the user switched off. */
  suppressed?: readonly string[];
}

/**
 * Every finding of the report's text against the package, each with its type (broken, rounding, not-checked)
 * like the table findings: errors first. A rule that throws becomes an
 * internal-error finding naming it, and the other rules still run (as in checkPackage).
 */
export function checkNarrative(paragraphs: readonly ReportParagraph[], model: PackageModel, options: NarrativeOptions = {}): Finding[] {
  const figures = new FigureIndex(model);
  const read = readParagraphs(paragraphs, model, figures);
  const findings: Finding[] = [];
  for (const rule of NARRATIVE_RULES) {
    if (options.suppressed?.includes(rule.id)) continue;
    const before = findings.length;
    try {
      rule.check(new NarrativeContext(rule, model, read, figures, findings));
    } catch (e) {
      findings.length = before;
      // Typed like the table check's internal errors (checkPackage types every finding it returns).
      findings.push({ ...internalError(rule, e), type: typeBySeverity("error") });
    }
  }
  return foldContradictions(findings).sort(bySeverity);
}

/**
 * A statement the tables do not bear out, stated otherwise elsewhere in the report, is one mistake: the
 * contradiction (narrative.repeated) is folded under the finding that holds the statement against its table
 * (narrative.amount), as a consequence, as the table check folds what one wrong figure breaks.
 */
function foldContradictions(findings: Finding[]): Finding[] {
  const sameStatement = (a: Finding, b: Finding) =>
    a.paragraph?.number === b.paragraph?.number && a.sheet === b.sheet && a.cell === b.cell && a.actual === b.actual;
  return findings.filter((f) => {
    if (f.rule !== "narrative.repeated") return true;
    const against = findings.find((a) => a.rule === "narrative.amount" && sameStatement(a, f));
    if (!against) return true;
    against.consequences = [...(against.consequences ?? []), { rule: f.rule, sheet: f.sheet ?? null, cell: f.cell ?? null, message: f.message }];
    return false;
  });
}
