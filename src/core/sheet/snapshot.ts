/**
 * A sheet snapshot: what the core knows of one worksheet, whatever host it came from
 * (Office.js getUsedRange(true) + numberFormat + merged areas, or exceljs in Node / the browser).
 * All row/column numbers are 0-based and absolute (row 0 = sheet row 1, col 0 = column A).
 */

/** A cell value as hosts deliver it. Errors are kept as their Excel text ("#REF!"), dates as ISO text. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based inclusive bounds. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Absolute position of values[0][0]: the used range need not start at A1. */
  origin: { row: number; col: number };
  /**
   * The grid's values by row. May be sparse: a missing row (a hole, or undefined) is an empty row, a row may be
   * shorter than others or hold holes, and a missing cell is empty (null). Readers of files keep only the cells
   * present, so that a lone cell at XFD1048576 costs one cell rather than the 17-billion-cell box up to it;
   * code reading a snapshot visits the cells present (eachCellIn), never every position of the box.
   */
  values: CellValue[][];
  /** Same shape as values (sparse alike); "General" where the host has no format. May be empty ([]) when unknown. */
  numberFormats: string[][];
  merges: MergedArea[];
  /** True when the host reports the sheet as protected (marks are not applied there). */
  protected?: boolean;
  /**
   * Formula cells (A1, absolute) the file holds without a result: saved by a program that does not calculate
   * (src/xlsx/uncalculated.ts). Their value is unknown, not empty: the check says so and draws no conclusion
   * from them. Absent from hosts that always calculate (Excel through Office.js).
   */
  uncalculated?: string[];
}

/** Something the host could not read (a sheet that failed, merged areas beyond the host's limit), said in Chinese. */
export interface HostReadProblem {
  code: "unreadable-file" | "partial-read" | "manual-calculation";
  message: string;
  sheet?: string;
}

export interface WorkbookSnapshot {
  /** File name or workbook title, for messages only. */
  name: string;
  sheets: SheetSnapshot[];
  /** What the host left out while reading, reported as findings (structure.read-problems) with the rest. */
  problems?: HostReadProblem[];
}

/** Number of rows/cols covered by the snapshot's grid (absolute end, exclusive). */
export function rowEnd(sheet: SheetSnapshot): number {
  return sheet.origin.row + sheet.values.length;
}
export function colEnd(sheet: SheetSnapshot): number {
  let width = 0;
  const widen = (i: number) => {
    const r = sheet.values[i];
    if (r && r.length > width) width = r.length;
  };
  const present = rowsPresent(sheet.values, 0, sheet.values.length);
  if (present) present.forEach(widen);
  else for (let i = 0; i < sheet.values.length; i++) widen(i);
  return sheet.origin.col + width;
}

/**
 * Calls `visit` for each non-empty cell present in rows [top, bottom) and columns [left, right) (absolute), in
 * reading order, skipping missing rows and cells: the cost follows what the sheet holds, not the area's size.
 */
export function eachCellIn(sheet: Pick<SheetSnapshot, "values" | "origin">, top: number, bottom: number, left: number, right: number, visit: (value: CellValue, row: number, col: number) => void): void {
  const { row: r0, col: c0 } = sheet.origin;
  const first = Math.max(top - r0, 0);
  const last = Math.min(bottom - r0, sheet.values.length);
  const inRow = (i: number) => {
    const row = sheet.values[i];
    if (!row) return;
    const to = Math.min(right - c0, row.length);
    for (let j = Math.max(left - c0, 0); j < to; j++) {
      const v = row[j];
      if (v !== undefined && v !== null) visit(v, i + r0, j + c0);
    }
  };
  const present = rowsPresent(sheet.values, first, last);
  if (present) present.forEach(inRow);
  else for (let i = first; i < last; i++) inRow(i);
}

/** Indexes of the rows present in a tall grid, found once per snapshot (a sparse array lists its keys cheaply). */
const PRESENT_ROWS = new WeakMap<unknown[], number[]>();
const TALL = 4096;

/**
 * The indexes of the rows present in [first, last) of a tall grid; undefined for a short span, where visiting
 * every index costs less than looking the rows up.
 */
export function rowsPresent(rows: unknown[], first: number, last: number): number[] | undefined {
  if (last - first <= TALL || rows.length <= TALL) return undefined;
  let present = PRESENT_ROWS.get(rows);
  if (!present) {
    present = Object.keys(rows).map(Number).filter(Number.isInteger);
    PRESENT_ROWS.set(rows, present);
  }
  let lo = 0;
  for (let hi = present.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (present[mid] < first) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < present.length && present[end] < last) end++;
  return present.slice(lo, end);
}
/** The raw value at an absolute position (null outside the grid). Does not resolve merges. */
export function rawAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

/** The number format at an absolute position ("General" when unknown). */
export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  const r = sheet.numberFormats[row - sheet.origin.row];
  const f = r ? r[col - sheet.origin.col] : undefined;
  return f ?? "General";
}

/** The merged area containing a position, if any. */
export function mergeAt(sheet: SheetSnapshot, row: number, col: number): MergedArea | undefined {
  for (const m of sheet.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return undefined;
}

/**
 * The value shown at a position: inside a merged area that is the top-left cell's value
 * (hosts report the other cells of a merge as empty).
 */
export function shownAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const m = mergeAt(sheet, row, col);
  return m ? rawAt(sheet, m.top, m.left) : rawAt(sheet, row, col);
}
