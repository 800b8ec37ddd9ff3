import type { Finding } from "../../findings/finding";
import type { PackageModel } from "../../model/package";
import type { Identity } from "../../attribution";
import { defineRule } from "../rule";

export const UNCALCULATED_RULE = "structure.uncalculated";

/** Cells a finding names at most (they are marked and framed; a generated sheet may hold thousands). */
const MAX_CELLS = 100;
/** Cells the message names; the rest are counted. */
const NAMED_CELLS = 8;

/**
 * Formulas saved without a result (a file written by a program that does not calculate): their values are
 * unknown, so the file cannot be checked as it is. One error per sheet names the cells and says what to do;
 * every other finding that rests on one of those cells is withdrawn (withoutUnknownCells), because the cell
 * reads as empty only for want of a result, and "未填列"/"不是数字"/a broken sum there would be false.
 */
export default defineRule({
  id: UNCALCULATED_RULE,
  title: "公式未计算",
  severity: "error",
  identity: "工作簿中的公式都保存了计算结果",
  docs: "由不计算公式的程序（报表生成工具、脚本等）保存的文件，公式单元格只有公式、没有计算结果，读出来是空的。每个工作表报一条错误，列出这些单元格，请在 Excel 中打开、重新计算并保存后再检查；这些单元格的值未知，涉及它们的其他核对结果（如“未填列”“不是数字”、合计不符）不予报告，以免误报。命令行检查此类文件时退出码为 2（文件需处理后才能检查）。",
  tables: [],
  requires: [],
  check(ctx) {
    const bySheet = new Map<string, string[]>();
    for (const { sheet, cell } of ctx.model.uncalculated ?? []) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), cell]);
    for (const [sheet, cells] of bySheet) {
      const named = cells.slice(0, NAMED_CELLS).join("、") + (cells.length > NAMED_CELLS ? ` 等 ${cells.length} 个单元格` : "");
      const [primary, ...related] = cells.slice(0, MAX_CELLS).map((cell) => ({ sheet, cell }));
      ctx.report({
        table: null,
        severity: "error",
        message: `工作表“${sheet}”中 ${cells.length} 个公式未计算（无计算结果）：${named}。此文件由不计算公式的程序保存，这些单元格的值无法读取，涉及它们的核对已略过。请在 Excel 中重新计算并保存后再检查（在 Excel 中打开此文件，按 Ctrl+Alt+F9 全部重算，保存）`,
        primary,
        related,
        sheet,
      });
    }
  },
});

/**
 * The findings (and the identities behind them) that do not rest on a cell of unknown value. A finding naming
 * such a cell anywhere among its cells is withdrawn: the cell read as empty only because its formula has no
 * result. Run before error localisation, so a withdrawn finding explains nothing else away.
 */
export function withoutUnknownCells(model: PackageModel, findings: Finding[], identities: Identity[]): { findings: Finding[]; identities: Identity[] } {
  if (!model.uncalculated?.length) return { findings, identities };
  const unknown = new Set(model.uncalculated.map((c) => `${c.sheet}!${c.cell}`));
  const withdrawn = new Set(
    findings.filter((f) => f.rule !== UNCALCULATED_RULE && (f.cells.some((c) => unknown.has(`${c.sheet}!${c.cell}`)) || (f.sheet && f.cell && unknown.has(`${f.sheet}!${f.cell}`)))),
  );
  if (withdrawn.size === 0) return { findings, identities };
  return { findings: findings.filter((f) => !withdrawn.has(f)), identities: identities.filter((id) => !id.finding || !withdrawn.has(id.finding)) };
}
