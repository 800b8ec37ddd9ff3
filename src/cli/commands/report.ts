import { stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ALL_RECOGNIZERS, readPackage } from "../../core/locate/read-package";
import { checkPackage } from "../../core/rules/check-package";
import { UNCALCULATED_RULE } from "../../core/rules/structure/uncalculated";
import { buildReport, allRuns, DEFAULT_OUTLINE, isOutlineId, OUTLINES, type OutlineId } from "../../core/report";
import { renderReportDocx } from "../../word";
import { loadWorkbook, UnreadableInput } from "../io";
import { parseCommonArgs, UsageError, type CommandResult } from "../args";
import { expandInputs } from "../input-files";
import { writeOutputFile } from "../output-file";

const USAGE = `用法：jx report 文件.xlsx… [-o 输出.docx|输出目录] [--outline ${Object.keys(OUTLINES).join("|")}] [--force]`;

/**
 * `jx report FILE.xlsx… [-o out.docx|dir] [--outline hunan|hebei|sichuan|shaanxi] [--force]`: the 绩效自评报告 skeleton of
 * a package, figures from its checked tables, written next to the workbook unless -o names a file or a
 * directory. Never over an input, never over an existing file without --force. A file that cannot be read or
 * written is reported and the others still get their reports (exit 2).
 */
export async function runReport(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<number> {
  const { files: paths, flags, switches } = parseCommonArgs(args, "report", USAGE);
  const outline = flags["--outline"] ?? DEFAULT_OUTLINE;
  if (!isOutlineId(outline)) {
    throw new UsageError(`未知的提纲“${outline}”，可选：${Object.values(OUTLINES).map((o) => `${o.id}（${o.label}）`).join("、")}\n${USAGE}`);
  }
  const output = flags["-o"] ?? flags["--output"];
  const unknown = [...Object.keys(flags).filter((f) => !["-o", "--output", "--outline"].includes(f)), ...[...switches].filter((s) => s !== "--force")];
  if (unknown.length) throw new UsageError(`未知选项 ${unknown.join("、")}\n${USAGE}`);
  const files = expandInputs(paths);
  if (files.length === 0) throw new UsageError(`没有找到 .xlsx 文件：${paths.join("、")}\n${USAGE}`);
  const target = output ? resolve(output) : undefined;
  if (target && files.length > 1 && !(await isDirectory(target))) throw new UsageError(`多个文件时 -o 只能是目录\n${USAGE}`);

  let failed = 0;
  for (const file of files) {
    try {
      out(await writeReport(file, outline, target, { inputs: files, force: switches.has("--force") }));
    } catch (e) {
      if (!(e instanceof UnreadableInput)) throw e;
      failed++;
      err(files.length > 1 ? `未生成“${file}”的报告：${e.message}` : e.message);
    }
  }
  return (failed ? 2 : 0) satisfies CommandResult;
}

async function writeReport(file: string, outline: OutlineId, target: string | undefined, safety: { inputs: string[]; force: boolean }): Promise<string> {
  const model = readPackage(await loadWorkbook(file), ALL_RECOGNIZERS, { fileName: basename(file) });
  const findings = checkPackage(model);
  const doc = buildReport(model, { outline, findings });
  const path = !target ? join(dirname(resolve(file)), doc.fileName) : (await isDirectory(target)) ? join(target, doc.fileName) : target;
  writeOutputFile(path, await renderReportDocx(doc), safety);
  const gaps = allRuns(doc).filter((r) => r.kind === "placeholder").length;
  const errors = findings.filter((f) => f.severity === "error").length;
  const lines = [`已生成报告（${OUTLINES[outline].label}）：${path}`, `  待填写 ${gaps} 处（Word 中黄色标出）`];
  // Formulas saved without results leave figures unknown: the report has gaps or wrong figures there, and the
  // fix is not in the tables but in Excel (recalculate and save), so it is said before the errors.
  const unknown = findings.filter((f) => f.rule === UNCALCULATED_RULE);
  if (unknown.length) {
    const sheets = unknown.map((f) => `“${f.sheet}”`).join("、");
    lines.push(`  注意：工作表${sheets}中有公式没有计算结果，报告里取自这些单元格的数字空缺或不准：请在 Excel 中重新计算并保存后再生成`);
  }
  if (errors) lines.push(`  注意：表格检查发现 ${errors} 处错误，报告中的数字取自表格，请先改正（npm run jx -- check ${file}）`);
  return lines.join("\n");
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
