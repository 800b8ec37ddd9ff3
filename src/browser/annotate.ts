import type ExcelJS from "exceljs";
import type { Finding } from "../core/findings/finding";
import { tableName } from "../core/locate/read-package";
import { cellsOf, findingKey } from "../ui/finding";
import { MARK_STYLE, isMarkFormula, markFormula, type CellMark } from "../ui/marks";
import { SETTINGS_KEY, type Settings } from "../ui/settings";
import { RESULT_SHEET, SETTINGS_SHEET } from "../ui/own-sheets";
import { zhCN } from "../ui/strings";


const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

type ConditionalFormatting = { ref: string; rules: { type: string; formulae?: string[] }[] };
const formattings = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings ?? [];
const isMark = (cf: ConditionalFormatting) => cf.rules.some((r) => r.type === "expression" && (r.formulae ?? []).some((f) => isMarkFormula(f)));

/** Removes the product's marks (found by tag) from every sheet; returns how many there were. */
export function removeMarks(workbook: ExcelJS.Workbook): number {
  let removed = 0;
  workbook.eachSheet((ws) => {
    const before = formattings(ws).length;
    ws.removeConditionalFormatting((cf: ConditionalFormatting) => !isMark(cf));
    removed += before - formattings(ws).length;
  });
  return removed;
}

/** Marks as conditional formats, the same tagged rule the Excel adapter adds: values and formats untouched. */
export function addMarks(workbook: ExcelJS.Workbook, marks: CellMark[]): void {
  for (const m of marks) {
    const ws = workbook.getWorksheet(m.sheet);
    if (!ws) continue;
    ws.addConditionalFormatting({
      ref: m.cell,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [markFormula(m.severity).slice(1)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(MARK_STYLE[m.severity].fill) } },
            font: { color: { argb: argb(MARK_STYLE[m.severity].font) } },
          },
        },
      ],
    });
  }
}

/** The 检查结果 sheet: one row per finding, with a link to its cell and whether it was ignored (and why). */
export function writeResultSheet(workbook: ExcelJS.Workbook, findings: Finding[], settings: Settings): void {
  const old = workbook.getWorksheet(RESULT_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(RESULT_SHEET);
  ws.columns = zhCN.resultColumns.map((header, i) => ({ header, width: [6, 10, 26, 28, 20, 36, 60, 14, 14, 12, 10, 30][i] }));
  ws.getRow(1).font = { bold: true };
  const reasons = new Map(settings.suppressed.map((s) => [s.key, s.reason]));
  findings.forEach((f, i) => {
    const at = cellsOf(f)[0];
    const where = at ? `${at.sheet}!${at.cell}` : "";
    const reason = reasons.get(findingKey(f));
    const row = ws.addRow([
      i + 1,
      zhCN.severity[f.severity],
      f.rule,
      f.table ? tableName(f.table) : zhCN.otherTable,
      where,
      f.title,
      f.message,
      f.expected ?? "",
      f.actual ?? "",
      f.difference ?? "",
      f.tolerance ?? "",
      reason ? zhCN.statusSuppressed(reason) : zhCN.statusOpen,
    ]);
    if (at) row.getCell(5).value = { text: where, hyperlink: `#'${at.sheet.replace(/'/g, "''")}'!${at.cell}` };
    row.alignment = { vertical: "top", wrapText: true };
  });
}

/** Settings travel with the copy in a very hidden sheet, so ignored findings stay ignored when it is reopened. */
export function writeSettings(workbook: ExcelJS.Workbook, settings: Settings): void {
  const old = workbook.getWorksheet(SETTINGS_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  ws.getCell("A1").value = SETTINGS_KEY;
  ws.getCell("A2").value = JSON.stringify(settings);
}

export function readSettings(workbook: ExcelJS.Workbook): unknown {
  const ws = workbook.getWorksheet(SETTINGS_SHEET);
  if (!ws || ws.getCell("A1").value !== SETTINGS_KEY) return null;
  return ws.getCell("A2").value;
}
