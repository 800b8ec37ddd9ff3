import type { Finding } from "../core/findings/finding";
import type { PackageModel } from "../core/model/package";
import type { Settings } from "./settings";

/**
 * The 绩效自评报告 as a .docx. The report builder and docx are loaded only when asked for (separate chunks),
 * so the task pane's first load stays small.
 */
export async function buildReportFile(model: PackageModel, findings: Finding[], settings: Settings): Promise<{ name: string; data: Uint8Array }> {
  const [report, word] = await Promise.all([
    import(/* webpackChunkName: "report" */ "../core/report/index"),
    import(/* webpackChunkName: "docx" */ "../word/index"),
  ]);
  const outline = report.isOutlineId(settings.outline) ? settings.outline : report.DEFAULT_OUTLINE;
  const doc = report.buildReport(model, { outline, findings });
  return { name: word.reportFileName(model), data: await word.renderReportDocx(doc) };
}
