/** The 绩效自评报告 skeleton: outlines as data, filled from the checked model (pure; src/word renders it). */
export { buildReport, numberingOf, chineseNumeral, type BuildReportOptions } from "./build";
export { reportFileName, unitNameOf, yearOf } from "./identity";
export { OUTLINES, DEFAULT_OUTLINE, isOutlineId, type Outline, type OutlineId } from "./outlines";
export { PARAGRAPHS, type ParagraphId } from "./paragraphs";
export * from "./document";
