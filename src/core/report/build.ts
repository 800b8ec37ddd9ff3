import type { PackageModel } from "../model/package";
import type { CellRef } from "../values/figure";
import type { Severity } from "../findings/finding";
import type { Block, HeadingLevel, ReportDocument, Run } from "./document";
import { DEFAULT_OUTLINE, OUTLINES, type OutlineId, type OutlineSection } from "./outlines";
import { PARAGRAPHS, type ReportContext } from "./paragraphs";
import { placeholder, proseDate } from "./compose";
import { attachmentTitle, buildAttachment } from "./attachments";
import { reportFileName, unitNameOf, yearOf } from "./identity";
import { textIn } from "./lookup";
import { numberingOf } from "./numbering";

export { chineseNumeral, numberingOf } from "./numbering";

export interface BuildReportOptions {
  /** The province's outline (settings / --outline); Hunan by default. */
  outline?: OutlineId;
  /**
   * Findings of the check, if it ran: errors left in the tables are announced at the top of the report, and
   * each figure taken from the cell an error found wrong (its primary sheet/cell, not the cells it was compared
   * with) is followed by a 【待核对】 mark.
   */
  findings?: readonly { severity: Severity; sheet?: string | null; cell?: string | null; cells?: readonly CellRef[] }[];
}

function sectionBlocks(ctx: ReportContext, sections: OutlineSection[], level: HeadingLevel): Block[] {
  const blocks: Block[] = [];
  sections.forEach((section, i) => {
    blocks.push({ kind: "heading", level, number: numberingOf(level, i + 1), text: section.heading });
    for (const item of section.items ?? []) {
      if ("write" in item) blocks.push({ kind: "paragraph", runs: [placeholder(item.write)] });
      else for (const runs of PARAGRAPHS[item.figures]({ ...ctx, level }, item.arg)) blocks.push({ kind: "paragraph", runs });
    }
    if (section.sections) blocks.push(...sectionBlocks(ctx, section.sections, Math.min(level + 1, 4) as HeadingLevel));
  });
  return blocks;
}

/** Follows each figure that quotes a cell an error finding points at with a mark the author must clear. */
function markDisputed(blocks: Block[], errorCells: Set<string>): Block[] {
  if (!errorCells.size) return blocks;
  return blocks.map((b) => {
    if (b.kind !== "paragraph") return b;
    const runs: Run[] = [];
    for (const r of b.runs) {
      runs.push(r);
      if (r.kind === "figure" && r.sources.some((c) => errorCells.has(`${c.sheet}!${c.cell}`))) {
        runs.push({ kind: "placeholder", text: "【待核对：表格检查认为此数有误】" });
      }
    }
    return { ...b, runs };
  });
}

/** Splits outline text around 【待填写：…】 marks into text and placeholder runs. */
function runsOf(s: string): Run[] {
  return s
    .split(/(【待填写：[^】]*】)/)
    .filter(Boolean)
    .map((part) => (part.startsWith("【待填写：") ? { kind: "placeholder", text: part } : { kind: "text", text: part }));
}

/**
 * The report skeleton of a package: the outline's headings, every figure computed from the checked tables,
 * a placeholder wherever only the author can write (or a table is missing), and the tables as attachments.
 */
export function buildReport(model: PackageModel, options: BuildReportOptions = {}): ReportDocument {
  const outline = OUTLINES[options.outline ?? DEFAULT_OUTLINE];
  const year = yearOf(model);
  const unit = unitNameOf(model);
  const ctx: ReportContext = { model, period: year ? `${year.text}年度` : "本年度", level: 0 };

  const body: Block[] = [];
  const errorFindings = (options.findings ?? []).filter((f) => f.severity === "error");
  const errors = errorFindings.length;
  if (errors) {
    body.push({
      kind: "paragraph",
      runs: [{ kind: "placeholder", text: `【待核对：表格检查发现${errors}处错误，报告中的数字取自表格，请先改正表格再重新生成报告】` }],
    });
  }
  body.push(...PARAGRAPHS.opening(ctx).map((runs): Block => ({ kind: "paragraph", runs })));
  body.push(...sectionBlocks(ctx, outline.sections, 1));
  // The primary cell is the figure found wrong; `cells` also lists the correct cells it was compared with.
  const errorCells = new Set(
    errorFindings.flatMap((f) => (f.sheet && f.cell ? [`${f.sheet}!${f.cell}`] : (f.cells ?? []).slice(0, 1).map((c) => `${c.sheet}!${c.cell}`))),
  );

  const date = [model.cover, model.overall, model.basedata].map((t) => textIn(t?.signatures.date)).find((d) => d);
  const attachments = outline.attachments.map((id) => buildAttachment(model, id));
  return {
    outline: outline.id,
    title: outline.title(unit?.text ?? "【待填写：单位名称】", ctx.period).map(runsOf),
    salutation: outline.salutation ? [placeholder("主送机关，如“市财政局”"), { kind: "text", text: "：" }] : null,
    body: markDisputed(body, errorCells),
    attachmentList: outline.attachments.map(attachmentTitle),
    signature: {
      unit: unit ? [{ kind: "quote", ...unit }] : [placeholder("单位名称")],
      date: date ? [{ kind: "quote", text: proseDate(date.text), sources: date.sources }] : [placeholder("成文日期，如2025年3月31日")],
    },
    attachments,
    fileName: reportFileName(model),
  };
}
