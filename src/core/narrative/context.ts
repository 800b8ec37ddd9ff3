import type { PackageModel } from "../model/package";
import type { CellRef } from "../values/figure";
import { typeBySeverity, type Finding, type FindingType, type Severity } from "../findings/finding";
import { tableName } from "../locate/read-package";
import { mentionsIn, sentencesOf, type Mention } from "./mentions";
import { claimsOf, type Claim } from "./claims";
import { FigureIndex, projectOf, resolveMentions, topicOfLabel, isBudgetSide, type Candidate, type ResolvedMention } from "./topic";
import { TOPICS } from "./catalogue";
import type { Rule } from "../rules/rule";

/** A paragraph of the report as a reviewer counts it: 1-based, blank paragraphs not counted (src/word/read-report.ts reads them from a .docx). */
export interface ReportParagraph {
  number: number;
  text: string;
}

/** One narrative rule, shaped like the table rules (src/core/rules/rule.ts) so docs/rules.md lists it too. */
export interface NarrativeRule extends Pick<Rule, "id" | "title" | "severity" | "identity" | "docs" | "tables"> {
  check(ctx: NarrativeContext): void;
}

/** A paragraph with its figures read once for every rule: mentions, what each names, and the sentences' claims. */
export interface ReadParagraph {
  paragraph: ReportParagraph;
  mentions: Mention[];
  /** The topic and table figures of each mention (null where the label names nothing the catalogue knows). */
  resolved: (ResolvedMention | null)[];
  claims: Claim[];
}

/** Reads every paragraph's figures, once per check. */
export function readParagraphs(paragraphs: readonly ReportParagraph[], model: PackageModel, figures = new FigureIndex(model)): ReadParagraph[] {
  return paragraphs.map((paragraph) => {
    const project = projectOf(paragraph.text, model);
    const mentions: Mention[] = [];
    const resolved: (ResolvedMention | null)[] = [];
    const claims: Claim[] = [];
    for (const sentence of sentencesOf(paragraph.text)) {
      const ms = mentionsIn(sentence);
      mentions.push(...ms);
      resolved.push(...resolveMentions(ms, { model, project }, TOPICS, figures));
      claims.push(...claimsOf(ms));
    }
    return { paragraph, mentions, resolved, claims };
  });
}

/** A finding before the rule's id and title are attached. */
export interface NarrativeDraft {
  paragraph: ReportParagraph;
  message: string;
  severity?: Severity;
  /**
   * What the finding asks of the reader, as for table findings; by default from its severity (every narrative
   * rule reports only figures beyond rounding, so an error or warning is broken).
   */
  type?: FindingType;
  /** The table figure the text is held against, if any. */
  candidate?: Candidate | null;
  related?: CellRef[];
  expected?: string | null;
  actual?: string | null;
  difference?: string | null;
  tolerance?: string | null;
}

/** The longest excerpt of a paragraph a finding carries: enough to find it in Word. */
const EXCERPT = 400;

/** "工作表“支出决算”F9（公开03表 支出决算表）" */
export function cellName(c: Candidate): string {
  const first = c.sources[0];
  const where = first ? `工作表“${first.sheet}”${first.cell}` : "";
  return c.table ? `${where}（${tableName(c.table)}）` : where;
}

/** What a narrative rule sees: the package, the report's paragraphs with their figures read, and where findings go. */
export class NarrativeContext {
  constructor(
    readonly rule: NarrativeRule,
    readonly model: PackageModel,
    readonly paragraphs: readonly ReadParagraph[],
    readonly figures: FigureIndex = new FigureIndex(model),
    readonly findings: Finding[] = [],
  ) {}

  /** The table figure a label names ("一般公共预算财政拨款基本支出"), preferred first; null when the catalogue knows no such figure. */
  figureNamed(label: string, unit: "money" | "count", paragraph: ReportParagraph): Candidate | null {
    const topic = topicOfLabel(label, TOPICS);
    if (!topic || topic.unit !== unit) return null;
    const scope = { model: this.model, project: projectOf(paragraph.text, this.model), before: label, general: /一般公共预算|财政拨款/.test(label), budget: isBudgetSide(label) };
    for (const l of topic.resolve(scope)) {
      const c = this.figures.candidate(l, unit);
      if (c) return c;
    }
    return null;
  }

  report(d: NarrativeDraft): void {
    const cells: CellRef[] = [];
    for (const c of [...(d.candidate?.sources ?? []), ...(d.related ?? [])]) {
      if (!cells.some((x) => x.sheet === c.sheet && x.cell === c.cell)) cells.push({ sheet: c.sheet, cell: c.cell });
    }
    const text = d.paragraph.text.length > EXCERPT ? `${d.paragraph.text.slice(0, EXCERPT)}…` : d.paragraph.text;
    const severity = d.severity ?? this.rule.severity;
    this.findings.push({
      rule: this.rule.id,
      severity,
      title: this.rule.title,
      message: d.message,
      table: d.candidate?.table ?? null,
      sheet: cells[0]?.sheet ?? null,
      cell: cells[0]?.cell ?? null,
      cells,
      expected: d.expected ?? null,
      actual: d.actual ?? null,
      difference: d.difference ?? null,
      tolerance: d.tolerance ?? null,
      type: d.type ?? typeBySeverity(severity),
      paragraph: { number: d.paragraph.number, text },
    });
  }
}
