import { basename, extname } from "node:path";
import { readFileSync } from "node:fs";
import { readPackage } from "../core/locate/read-package";
import { checkNarrative } from "../core/narrative";
import { bySeverity } from "../core/findings/finding";
import type { FileCheck } from "./check-files";
import { loadWorkbook, UnreadableInput } from "./io";
import { UsageError } from "./args";

/** A 自评报告 given to `jx check` and the workbook whose tables it is checked against. */
export interface ReportPair {
  report: string;
  workbook: string;
}

const isReport = (f: string) => /^\.docx?$/i.test(extname(f));
const stem = (f: string) => basename(f, extname(f));

/**
 * Splits `jx check` arguments into workbooks and reports, pairing each report with the workbook of the same
 * name (材料.xlsx + 材料.docx), or with the only workbook given.
 */
export function pairReports(files: string[]): { workbooks: string[]; reports: ReportPair[] } {
  const workbooks = files.filter((f) => !isReport(f));
  const reports = files.filter(isReport).map((report): ReportPair => {
    const same = workbooks.filter((w) => stem(w) === stem(report));
    if (same.length === 1) return { report, workbook: same[0] };
    if (workbooks.length === 1) return { report, workbook: workbooks[0] };
    if (workbooks.length === 0) throw new UsageError(`报告“${basename(report)}”需与材料一起核对：jx check 材料.xlsx 报告.docx`);
    throw new UsageError(`无法确定报告“${basename(report)}”对应哪个工作簿：请让两者同名（如 材料.xlsx 与 材料.docx），或每次只给一个 .xlsx`);
  });
  return { workbooks, reports };
}

async function readReport(file: string) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UnreadableInput(`无法打开文件“${file}”：文件不存在或无权读取`);
  }
  // Loaded only when a report is given: a batch of workbooks never needs jszip.
  const { readReportParagraphs, ReportReadError } = await import(/* webpackChunkName: "read-report" */ "../word/read-report");
  try {
    return await readReportParagraphs(bytes);
  } catch (e) {
    if (e instanceof ReportReadError) throw new UnreadableInput(`无法读取“${basename(file)}”：${e.message}`);
    throw e;
  }
}

/**
 * Adds each report's narrative findings to its workbook's check, against the package the check read (kept on
 * the result, see checkFiles' keepModel); a result without it (checked in a worker thread) has its workbook
 * read again. The package is dropped once its reports are checked.
 */
export async function checkPairedReports(results: FileCheck[], reports: ReportPair[]): Promise<void> {
  for (const result of results) {
    const paired = reports.filter((r) => r.workbook === result.file);
    if (paired.length === 0) continue;
    const model = result.model ?? readPackage(await loadWorkbook(result.file));
    for (const { report } of paired) {
      const paragraphs = await readReport(report);
      result.reports = [...(result.reports ?? []), report];
      result.findings = [...result.findings, ...checkNarrative(paragraphs, model)].sort(bySeverity);
    }
    delete result.model;
  }
}
