import { readPackage } from "../../core/locate/read-package";
import { tableName } from "../../core/locate/read-package";
import { coverageFor, coverageSummary, readCoverage, unreadCellText } from "../../core/locate/coverage";
import { loadWorkbook } from "../io";
import { parseCommonArgs, UsageError, type CommandResult } from "../args";
import type { PackageModel } from "../../core/model/package";
import { UnreadableInput } from "../io";
import { expandInputs } from "../input-files";
import { jsonWriter, unreadableText } from "../batch-output";

const USAGE = "用法：jx tables 文件.xlsx|文件夹… [--format text|json|jsonl]";

/**
 * `jx tables FILE.xlsx|FOLDER… [--format text|json|jsonl]`: what was recognised where, how much of it was read,
 * and what is missing. Each file is written when read; one that cannot be read is its own entry (exit 2).
 */
export async function runTables(args: string[], out: (s: string) => void): Promise<number> {
  const { files: paths, format, flags, switches } = parseCommonArgs(args, "tables", USAGE);
  const unknown = [...Object.keys(flags), ...switches];
  if (unknown.length) throw new UsageError(`未知选项 ${unknown.join("、")}\n${USAGE}`);
  const files = expandInputs(paths);
  if (files.length === 0) throw new UsageError(`没有找到 .xlsx 文件：${paths.join("、")}\n${USAGE}`);
  const json = jsonWriter(format, out, "files");
  let unreadable = 0;
  for (const file of files) {
    let model: PackageModel;
    try {
      const workbook = await loadWorkbook(file);
      model = readPackage(workbook);
      model.coverage = readCoverage(workbook, model);
    } catch (e) {
      if (!(e instanceof UnreadableInput)) throw e;
      unreadable++;
      if (json) json.item({ file, error: e.message, tables: [], problems: [] });
      else out(unreadableText(file, e.message));
      continue;
    }
    if (json) json.item(tablesJson(file, model));
    else out(tablesText(file, model));
  }
  json?.end();
  return (unreadable ? 2 : 0) satisfies CommandResult;
}

export function tablesJson(file: string, model: PackageModel) {
  return {
    file,
    tables: model.tables.map((t) => {
      const c = coverageFor(model, t);
      return {
        kind: t.kind,
        sheet: t.sheet,
        range: t.range,
        title: t.title,
        ...(c ? { coverage: { read: c.read, total: c.total, unread: c.unread, unreadColumns: c.unreadColumns } } : {}),
      };
    }),
    problems: model.problems,
  };
}

export function tablesText(file: string, model: PackageModel): string {
  const lines = [`文件：${file}`, `识别到 ${model.tables.length} 张表：`];
  for (const t of model.tables) {
    const c = coverageFor(model, t);
    lines.push(`  ${tableName(t.kind)}：工作表“${t.sheet}” ${t.range}${c ? `，${coverageSummary(c)}` : ""}`);
    for (const u of c?.unread ?? []) lines.push(`    未识别：${unreadCellText(u)}`);
  }
  const missing = model.problems.filter((p) => p.code === "missing-table");
  const other = model.problems.filter((p) => p.code !== "missing-table");
  if (missing.length) {
    lines.push("缺少：");
    for (const p of missing) lines.push(`  ${p.message}`);
  }
  if (other.length) {
    lines.push(`读取问题 ${other.length} 处：`);
    for (const p of other) lines.push(`  ${p.message}`);
  }
  return lines.join("\n") + "\n";
}
