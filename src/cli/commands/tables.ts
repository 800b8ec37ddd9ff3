import { readPackage } from "../../core/locate/read-package";
import { tableName } from "../../core/locate/read-package";
import { coverageFor, coverageSummary, readCoverage, unreadCellText } from "../../core/locate/coverage";
import { loadWorkbook } from "../io";
import { parseCommonArgs, type CommandResult } from "../args";
import type { PackageModel } from "../../core/model/package";

/** `jx tables FILE.xlsx… [--format text|json]`: what was recognised where, how much of it was read, and what is missing. */
export async function runTables(args: string[], out: (s: string) => void): Promise<number> {
  const { files, format } = parseCommonArgs(args, "tables");
  const results: { file: string; model: PackageModel }[] = [];
  for (const file of files) {
    const workbook = await loadWorkbook(file);
    const model = readPackage(workbook);
    model.coverage = readCoverage(workbook, model);
    results.push({ file, model });
  }
  if (format === "json") {
    out(JSON.stringify({ files: results.map(({ file, model }) => tablesJson(file, model)) }, null, 2));
  } else {
    for (const { file, model } of results) out(tablesText(file, model));
  }
  return 0 satisfies CommandResult;
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
