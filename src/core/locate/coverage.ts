import Decimal from "decimal.js";
import { eachCellIn, type CellValue, type MergedArea, type SheetSnapshot, type WorkbookSnapshot } from "../sheet/snapshot";
import { parseA1, parseRangeA1, toA1 } from "../sheet/a1";
import type { PackageModel } from "../model/package";
import type { TableLocation } from "../model/common";
import type { TableCoverage, UnreadCell, UnreadColumn } from "../model/coverage";
import { parseNumberText } from "../values/parse";
import { normalizeLabel, tidyText } from "../values/text";

/**
 * Read coverage (issue 10): for each recognised table, which numeric cells of its region the model read and
 * which it did not. The model's figures, texts and labels carry their cell, so coverage is the region's
 * numeric cells against the cells the table's model names. A layout the recognisers do not understand
 * thereby shows as unread cells instead of passing silently.
 *
 * Whether a number is a figure at all is decided by the table's own labels, never by its value: a column
 * headed 行次/栏次/序号/…代码, a row labelled 栏次/行次, a contact or date line (联系电话, 填表日期) and a year
 * written before "年度…" hold numbers that are not figures.
 *
 * Computed once per package, after reading (analyzeWorkbook, `jx tables`), not by the recognisers.
 */
export function readCoverage(workbook: WorkbookSnapshot, model: PackageModel): TableCoverage[] {
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const tables = tableModels(model);
  const out: TableCoverage[] = [];
  for (const location of model.tables) {
    const sheet = sheets.get(location.sheet);
    const table = tables.find((t) => t.kind === location.kind && t.sheet === location.sheet && t.range === location.range);
    const bounds = parseRangeA1(location.range);
    if (!sheet || !table || !bounds) continue;
    out.push(tableCoverage(sheet, location, bounds, table));
  }
  return out;
}

/** Every table object of the model, with the sheet and range it was read from. */
function tableModels(model: PackageModel): { kind: string; sheet: string; range: string }[] {
  const all: ({ kind: string; sheet: string; range: string } | null)[] = [
    ...Object.values(model.final),
    model.overall,
    ...model.projects,
    model.basedata,
    model.cover,
  ];
  return all.filter((t): t is { kind: string; sheet: string; range: string } => t !== null);
}

type Bounds = { top: number; left: number; bottom: number; right: number };

/** Cells a table's model names: every figure and text (`cell`), and every row label (`labelCell`). */
function referencedCells(node: unknown, sheet: string, cells: Set<number>, labels: Set<number>): void {
  if (!node || typeof node !== "object" || node instanceof Decimal) return;
  if (Array.isArray(node)) {
    for (const n of node) referencedCells(n, sheet, cells, labels);
    return;
  }
  const o = node as Record<string, unknown>;
  const own = o.sheet === undefined || o.sheet === sheet;
  for (const k in o) {
    const v = o[k];
    if (typeof v === "string") {
      if (!own || (k !== "cell" && k !== "labelCell")) continue;
      const p = parseA1(v);
      if (!p) continue;
      cells.add(key(p.row, p.col));
      if (k === "labelCell") labels.add(key(p.row, p.col));
    } else if (v && typeof v === "object") {
      referencedCells(v, sheet, cells, labels);
    }
  }
}

/** One number per cell (a sheet has at most 16,384 columns). */
function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** Headers naming a numbering or code column: its numbers are no figures. */
const STRUCTURAL_COLUMN = /^(行次|栏次|序号|编号|行号)$|(代码|编码)$/;
/** Row labels of a numbering row, of contact lines and of dates. */
const STRUCTURAL_ROW = /^(栏次|行次|序号)$|电话|手机|传真|邮编|邮政编码|日期|时间$/;

function tableCoverage(sheet: SheetSnapshot, location: TableLocation, b: Bounds, table: object): TableCoverage {
  const cells = new Set<number>();
  const labels = new Set<number>();
  referencedCells(table, sheet.name, cells, labels);
  const view = new RegionView(sheet, b, labels);
  let read = 0;
  let total = 0;
  const unread: UnreadCell[] = [];
  const unreadByColumn: (UnreadCell[] | undefined)[] = [];
  const readInColumn: boolean[] = [];
  // Only the cells present: a table whose range reaches a far-away cell costs what the sheet holds.
  eachCellIn(sheet, b.top, b.bottom + 1, b.left, b.right + 1, (v, r, c) => {
    if (view.covered(r, c)) return;
    if (!isNumeric(v)) return;
    if (cells.has(key(r, c))) {
      read++;
      total++;
      readInColumn[c - b.left] = true;
      return;
    }
    const column = view.columnLabel(r, c);
    if (column.some((l) => STRUCTURAL_COLUMN.test(normalizeLabel(l)))) return;
    const row = view.rowLabel(r, c);
    if (row.length && STRUCTURAL_ROW.test(normalizeLabel(row[row.length - 1]))) return;
    if (view.yearBeforeTitle(r, c)) return;
    total++;
    const cell = { cell: toA1(r, c), raw: String(v), row: row.join(" "), column: column.join(" ") };
    unread.push(cell);
    (unreadByColumn[c - b.left] ??= []).push(cell);
  });
  const unreadColumns: UnreadColumn[] = [];
  unreadByColumn.forEach((list, i) => {
    if (list && !readInColumn[i]) unreadColumns.push({ column: list[0].column, cells: list.map((u) => u.cell) });
  });
  return { kind: location.kind, sheet: location.sheet, range: location.range, title: location.title, read, total, unread, unreadColumns };
}

/** A number, or text that reads as one ("1,234.56", "29.3%"); blanks, dashes and words are not. */
function isNumeric(v: CellValue): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" && parseNumberText(v).kind === "number";
}

/** A table's region of a sheet, merges resolved, with the cells its model reads as row labels (科目代码). */
class RegionView {
  private readonly merges: MergedArea[];

  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly b: Bounds,
    private readonly labelCells: Set<number>,
  ) {
    this.merges = sheet.merges.filter((m) => m.bottom >= b.top && m.top <= b.bottom && m.right >= b.left && m.left <= b.right);
  }

  raw(row: number, col: number): CellValue {
    const v = this.sheet.values[row - this.sheet.origin.row]?.[col - this.sheet.origin.col];
    return v === undefined ? null : v;
  }

  private mergeAt(row: number, col: number): MergedArea | undefined {
    for (const m of this.merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** Inside a merge but not its top-left cell (some hosts repeat the merged value there). */
  covered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** The label shown at a position (merges resolved): words, or a 科目代码 the model reads as a row label. */
  private labelAt(row: number, col: number): { text: string; merge: MergedArea | undefined } | null {
    const m = this.mergeAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const v = this.raw(r, c);
    if (v === null || v === "") return null;
    if (this.labelCells.has(key(r, c)) || (typeof v === "string" && parseNumberText(v).kind === "text")) {
      const text = tidyText(v);
      return text ? { text, merge: m } : null;
    }
    return null;
  }

  /** The row's label: the run of label cells nearest to the left of the cell (code and name), left to right. */
  rowLabel(row: number, col: number): string[] {
    const out: string[] = [];
    let c = col - 1;
    while (c >= this.b.left && !this.labelAt(row, c)) c--;
    while (c >= this.b.left) {
      const l = this.labelAt(row, c);
      if (!l) break;
      out.unshift(l.text);
      c = (l.merge ? l.merge.left : c) - 1;
    }
    return out;
  }

  /** The column's header: the nearest label above the cell, and the group header right above it when wider. */
  columnLabel(row: number, col: number): string[] {
    let r = row - 1;
    while (r >= this.b.top && !this.labelAt(r, col)) r--;
    const leaf = r >= this.b.top ? this.labelAt(r, col) : null;
    if (!leaf) return [];
    const above = (leaf.merge ? leaf.merge.top : r) - 1;
    const group = above >= this.b.top ? this.labelAt(above, col) : null;
    const width = (l: { merge: MergedArea | undefined }) => (l.merge ? l.merge.right - l.merge.left : 0);
    const spansTable = (l: { merge: MergedArea | undefined }) => !!l.merge && l.merge.left <= this.b.left && l.merge.right >= this.b.right;
    return group && group.text !== leaf.text && width(group) > width(leaf) && !spansTable(group) ? [group.text, leaf.text] : [leaf.text];
  }

  /** A year written in a cell of its own before the title's words ("2024" | "年度支出决算表"). */
  yearBeforeTitle(row: number, col: number): boolean {
    const next = this.labelAt(row, (this.mergeAt(row, col)?.right ?? col) + 1);
    return !!next && /^年度?[^初末]/.test(normalizeLabel(next.text)) && /^(19|20)\d{2}$/.test(normalizeLabel(this.raw(row, col)));
  }
}

/** The coverage measured for a table found at a location (tables and coverage share kind, sheet and range). */
export function coverageFor(model: PackageModel, t: TableLocation): TableCoverage | undefined {
  return model.coverage?.find((c) => c.kind === t.kind && c.sheet === t.sheet && c.range === t.range);
}

/** "读取 152/152 个数字单元格（100%）": the share is rounded down, so 100% means every one was read. */
export function coverageSummary(c: Pick<TableCoverage, "read" | "total">): string {
  if (c.total === 0) return "区域内没有数字单元格";
  return `读取 ${c.read}/${c.total} 个数字单元格（${Math.floor((c.read * 100) / c.total)}%）`;
}

/** "H12（行：2080505 机关事业单位基本养老保险缴费支出；列：经营支出）" — the labels that are known. */
export function unreadCellText(u: UnreadCell): string {
  const labels = [u.row && `行：${u.row}`, u.column && `列：${u.column}`].filter(Boolean);
  return labels.length ? `${u.cell}（${labels.join("；")}）` : u.cell;
}
