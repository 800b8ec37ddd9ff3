import { stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ALL_RECOGNIZERS, readPackage } from "../../core/locate/read-package";
import { checkPackage } from "../../core/rules/check-package";
import { buildReport, allRuns, DEFAULT_OUTLINE, isOutlineId, OUTLINES, type OutlineId } from "../../core/report";
import { renderReportDocx } from "../../word";
import { loadWorkbook, UnreadableInput } from "../io";
import { parseCommonArgs, UsageError, type CommandResult } from "../args";

const USAGE = `用法：jx report 文件.xlsx [-o 输出.docx|输出目录] [--outline ${Object.keys(OUTLINES).join("|")}]`;

/**
 * `jx report FILE.xlsx [-o out.docx] [--outline hunan|hebei|sichuan]`: the 绩效自评报告 skeleton of a package,
 * figures from its checked tables, written next to the workbook unless -o names a file or a directory.
 */
export async function runReport(args: string[], out: (s: string) => void): Promise<number> {
  const { files, flags } = parseCommonArgs(args, "report");
  const outline = flags["--outline"] ?? DEFAULT_OUTLINE;
  if (!isOutlineId(outline)) {
    throw new UsageError(`未知的提纲“${outline}”，可选：${Object.values(OUTLINES).map((o) => `${o.id}（${o.label}）`).join("、")}\n${USAGE}`);
  }
  const output = flags["-o"] ?? flags["--output"];
  const unknown = Object.keys(flags).filter((f) => !["-o", "--output", "--outline"].includes(f));
  if (unknown.length) throw new UsageError(`未知选项 ${unknown.join("、")}\n${USAGE}`);
  if (output && files.length > 1) throw new UsageError(`-o 只能用于一个文件\n${USAGE}`);

  for (const file of files) {
    const target = output ? resolve(output) : undefined;
    out(await writeReport(file, outline, target));
  }
  return 0 satisfies CommandResult;
}

async function writeReport(file: string, outline: OutlineId, target: string | undefined): Promise<string> {
  const model = readPackage(await loadWorkbook(file), ALL_RECOGNIZERS, { fileName: basename(file) });
  const findings = checkPackage(model);
  const doc = buildReport(model, { outline, findings });
  const path = !target ? join(dirname(resolve(file)), doc.fileName) : (await isDirectory(target)) ? join(target, doc.fileName) : target;
  try {
    await writeFile(path, await renderReportDocx(doc));
  } catch {
    throw new UnreadableInput(`无法写入“${path}”：目录不存在、无权写入，或文件正在 Word/WPS 中打开`);
  }
  const gaps = allRuns(doc).filter((r) => r.kind === "placeholder").length;
  const errors = findings.filter((f) => f.severity === "error").length;
  const lines = [`已生成报告（${OUTLINES[outline].label}）：${path}`, `  待填写 ${gaps} 处（Word 中黄色标出）`];
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
