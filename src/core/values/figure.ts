import Decimal from "decimal.js";
import { z } from "zod/v4";
import { parseCell, type ParsedCell } from "./parse";
import type { CellValue } from "../sheet/snapshot";

/** Where a figure or a text came from: the sheet name exactly as in the workbook, and an A1 cell without "$". */
export const CellRefSchema = z.object({ sheet: z.string(), cell: z.string().regex(/^[A-Z]{1,3}\d+$/) });
export type CellRef = z.infer<typeof CellRefSchema>;

/**
 * A figure: a number read from one cell, or null when the cell holds no figure (blank or dash).
 * `decimals` is the precision the figure shows, in its own unit (万元 for money, percent points for rates),
 * after any 元 → 万元 conversion (which adds 4 decimals). `raw` is the cell text as read.
 */
export const FigureSchema = z.object({
  value: z.instanceof(Decimal).nullable(),
  decimals: z.number().int().min(0).max(20),
  raw: z.string(),
  sheet: z.string(),
  cell: z.string(),
});
export type Figure = z.infer<typeof FigureSchema>;

/** A text field (a name, a label, an indicator value) with provenance. */
export const TextFieldSchema = z.object({ text: z.string(), sheet: z.string(), cell: z.string() });
export type TextField = z.infer<typeof TextFieldSchema>;

/** A problem met while reading: a cell that should hold a figure but cannot be read. Never an exception. */
export const ReadProblemSchema = z.object({
  code: z.enum(["unreadable-number", "missing-table", "unrecognised-layout", "ambiguous-table", "unreadable-file", "partial-read", "manual-calculation"]),
  message: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
});
export type ReadProblem = z.infer<typeof ReadProblemSchema>;

/** Default precision of money in 万元 when the cell shows no format (domain §3). */
export const DEFAULT_MONEY_DECIMALS = 2;

export type MoneyUnit = "万元" | "元";

/**
 * Reads a money figure in the table's 金额单位, converting 元 to 万元.
 * A General-format number gets at least the default 2 decimals: "452" in a 万元 table means 452.00.
 * Returns the figure and, for an unreadable cell, a problem to report.
 */
export function readMoney(
  value: CellValue,
  format: string,
  where: CellRef,
  tableUnit: MoneyUnit = "万元",
): { figure: Figure; problem?: ReadProblem } {
  const p = parseCell(value, format);
  if (p.kind !== "number") return notAFigure(p, where);
  const unit = p.unit ?? tableUnit;
  let decimals = p.decimals;
  if (format === "General" || format === "" || format === "@" || typeof value === "string") {
    decimals = Math.max(decimals, unit === "元" ? 2 : DEFAULT_MONEY_DECIMALS);
  }
  if (unit === "元") return figureOf(p.value.dividedBy(10000), decimals + 4, p.raw, where);
  return figureOf(p.value, decimals, p.raw, where);
}

/**
 * Reads a rate in percent points (98.5 means 98.5%). A bare number up to 2 without a % sign or format is
 * taken as a ratio (0.985 → 98.5%): no 执行率 is written as "0.985 percent".
 */
export function readPercent(value: CellValue, format: string, where: CellRef): { figure: Figure; problem?: ReadProblem } {
  const p = parseCell(value, format);
  if (p.kind !== "number") return notAFigure(p, where);
  if (!p.percent && p.value.abs().lte(2)) return figureOf(p.value.times(100), Math.max(0, p.decimals - 2), p.raw, where);
  return figureOf(p.value, p.decimals, p.raw, where);
}

/** Reads a plain count or score (人数, 分值, 得分): no unit conversion. */
export function readPlain(value: CellValue, format: string, where: CellRef): { figure: Figure; problem?: ReadProblem } {
  const p = parseCell(value, format);
  if (p.kind !== "number") return notAFigure(p, where);
  return figureOf(p.value, p.decimals, p.raw, where);
}

// Every Figure is built by one literal in the schema's key order: a package holds thousands of them, and
// objects of one shape keep the code that reads them fast.
function figureOf(value: Decimal, decimals: number, raw: string, where: CellRef): { figure: Figure } {
  return { figure: { value, decimals, raw, sheet: where.sheet, cell: where.cell } };
}

/** A cell without a figure: null, and for anything but a blank a problem naming the cell. */
function notAFigure(parsed: Exclude<ParsedCell, { kind: "number" }>, where: CellRef): { figure: Figure; problem?: ReadProblem } {
  const figure: Figure = { value: null, decimals: DEFAULT_MONEY_DECIMALS, raw: parsed.raw, sheet: where.sheet, cell: where.cell };
  if (parsed.kind === "blank") return { figure };
  const reason = parsed.kind === "error" ? parsed.reason : `“${parsed.raw.trim()}”不是数字`;
  return {
    figure,
    problem: {
      code: "unreadable-number",
      message: `工作表“${where.sheet}”单元格 ${where.cell} 无法读取为数字：${reason}`,
      sheet: where.sheet,
      cell: where.cell,
    },
  };
}

/** A figure that holds a number (for rules that need one). */
export function hasValue(f: Figure | null | undefined): f is Figure & { value: Decimal } {
  return !!f && f.value !== null;
}
