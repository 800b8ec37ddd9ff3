import { tableName } from "../../core/locate/read-package";
import { SEVERITY_LABELS, type Finding, type Severity } from "../../core/findings/finding";
import { checkFiles, type FileCheck, type Outcome } from "../check-files";
import { parseCommonArgs, UsageError, type CommandResult } from "../args";
import { checkPairedReports, pairReports } from "../pair-reports";
import { expandInputs } from "../input-files";
import { batchProgress } from "../progress";
import { UNCALCULATED_RULE } from "../../core/rules/structure/uncalculated";
import { jsonWriter, unreadableText } from "../batch-output";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export const CHECK_USAGE = "用法：jx check 文件.xlsx|文件夹… [报告.docx] [--format text|json|jsonl] [--progress|--no-progress]";

/**
 * `jx check FILE.xlsx|FOLDER… [报告.docx…] [--format text|json|jsonl]`: every inconsistency of each package, rounding-aware;
 * a report given with its workbook is checked against the tables too (src/cli/pair-reports.ts).
 * Each file's result is written as soon as it is known (in argument order); a file that cannot be read is
 * reported as its own entry and the batch goes on. Exit 0 when no errors, 1 when errors were found, 2 when a
 * file could not be read or cannot be checked as it is (formulas saved without results: it must be recalculated
 * in Excel first) — the worst of the batch.
 */
export async function runCheck(args: string[], out: (s: string) => void): Promise<number> {
  const { files: paths, format, flags, switches } = parseCommonArgs(args, "check", CHECK_USAGE);
  const unknown = [...Object.keys(flags), ...[...switches].filter((s) => s === "--force")];
  if (unknown.length) throw new UsageError(`未知选项 ${unknown.join("、")}\n${CHECK_USAGE}`);
  const { workbooks, reports } = pairReports(paths);
  const files = expandInputs(workbooks);
  if (files.length === 0) throw new UsageError(`没有找到 .xlsx 文件：${paths.join("、")}\n${CHECK_USAGE}`);
  const summary = { files: files.length, errors: 0, warnings: 0, infos: 0, unreadable: 0, uncalculated: 0 };
  const json = jsonWriter(format, out, "files");
  const progress = batchProgress(files.length, switches);
  // Outcomes arrive in argument order; a paired report is read before its file's entry is written, in turn.
  let written: Promise<void> = Promise.resolve();
  const paired = new Set(reports.map((r) => r.workbook));
  await checkFiles(files, (outcome: Outcome) => {
    written = written.then(async () => {
      if (outcome.ok) await checkPairedReports([outcome.result], reports);
      if (outcome.ok) {
        const { findings } = outcome.result;
        for (const f of findings) {
          if (f.severity === "error") summary.errors++;
          else if (f.severity === "warning") summary.warnings++;
          else summary.infos++;
        }
        // Read, but not checkable as it is: like a file that could not be read, it needs the user's hand first.
        if (findings.some((f) => f.rule === UNCALCULATED_RULE)) summary.uncalculated++;
      } else summary.unreadable++;
      progress.tick();
      if (json) json.item(outcome.ok ? checkJson(outcome.result) : { file: outcome.file, error: outcome.message, tables: [], findings: [] });
      else out(outcome.ok ? checkText(outcome.result) : unreadableText(outcome.file, outcome.message));
    });
    // A paired report that cannot be read fails the command at `await written` below; marked handled here, as
    // the batch yields to the event loop between files and Node would call the rejection unhandled meanwhile.
    written.catch(() => undefined);
  }, undefined, (file) => paired.has(file));
  await written;
  progress.stop();
  if (json) json.end({ summary });
  else if (files.length > 1) out(summaryLine(summary));
  return (summary.unreadable || summary.uncalculated ? 2 : summary.errors ? 1 : 0) satisfies CommandResult;
}

/** The closing line of a batch: 共 N 个文件：错误 a 处，警告 b 处；无法读取 c 个（；公式未计算 d 个）. */
export function summaryLine(s: { files: number; errors: number; warnings: number; unreadable: number; uncalculated?: number }): string {
  const uncalculated = s.uncalculated ? `；公式未计算、需在 Excel 中重新计算 ${s.uncalculated} 个` : "";
  return `共 ${s.files} 个文件：错误 ${s.errors} 处，警告 ${s.warnings} 处；无法读取 ${s.unreadable} 个${uncalculated}`;
}

export function checkJson({ file, tables, findings, reports }: FileCheck) {
  return {
    file,
    ...(reports ? { reports } : {}),
    tables: tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range, title: t.title })),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      title: f.title,
      message: f.message,
      table: f.table,
      sheet: f.sheet,
      cell: f.cell,
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      tolerance: f.tolerance,
      type: f.type,
      ...(f.consequences?.length ? { consequences: f.consequences } : {}),
      ...(f.paragraph ? { paragraph: f.paragraph } : {}),
    })),
  };
}

/** Where a finding points: 工作表“表1” C14（另涉及 C6、表2!D7）. */
function place(f: Finding): string {
  if (!f.sheet) return "";
  const others = f.cells.filter((c) => !(c.sheet === f.sheet && c.cell === f.cell)).map((c) => (c.sheet === f.sheet ? c.cell : `${c.sheet}!${c.cell}`));
  const head = f.cell ? `工作表“${f.sheet}” ${f.cell}` : `工作表“${f.sheet}”`;
  return others.length ? `${head}（另涉及 ${others.slice(0, 8).join("、")}${others.length > 8 ? ` 等 ${others.length} 处` : ""}）` : head;
}

/** The paragraph a narrative finding is about: its number and the opening words. */
function paragraphLine(f: Finding): string {
  if (!f.paragraph) return "";
  const { number, text } = f.paragraph;
  return `报告第${number}段：“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

export function checkText({ file, tables, findings, reports }: FileCheck): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const lines = [`文件：${file}`, ...(reports ?? []).map((r) => `报告：${r}`), `识别到 ${tables.length} 张表；${SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${count(s)} 处`).join("，")}`];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `■ ${SEVERITY_LABELS[severity]}（${group.length}）`);
    const byTable = new Map<string, Finding[]>();
    for (const f of group) {
      const key = f.paragraph ? "自评报告正文" : f.table ? tableName(f.table) : "整套材料";
      byTable.set(key, [...(byTable.get(key) ?? []), f]);
    }
    for (const [table, items] of byTable) {
      lines.push(`  ${table}`);
      for (const f of items) {
        lines.push(`    · ${f.message}`);
        if (f.paragraph) lines.push(`      ${paragraphLine(f)}`);
        const where = place(f);
        lines.push(`      ${where ? `${where}　` : ""}[${f.rule}]`);
        for (const c of f.consequences ?? []) {
          const at = c.sheet ? `工作表“${c.sheet}”${c.cell ? ` ${c.cell}` : ""}　` : "";
          lines.push(`      ↳ 由此引起：${c.message}`, `        ${at}[${c.rule}]`);
        }
      }
    }
  }
  if (findings.length === 0) lines.push("", "未发现问题。");
  return lines.join("\n") + "\n";
}
