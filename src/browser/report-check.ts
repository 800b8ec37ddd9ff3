/**
 * The narrative check as the page loads it: with the first opened 自评报告, never with the page (jszip reads the
 * .docx; the narrative rules are not needed until there is a report).
 */
export { readReportParagraphs, ReportReadError } from "../word/read-report";
export { checkNarrative } from "../core/narrative";
