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
  values: CellValue[][];
  /** Same shape as values; "General" where the host has no format. May be empty ([]) when unknown. */
  numberFormats: string[][];
  merges: MergedArea[];
  /** True when the host reports the sheet as protected (marks are not applied there). */
  protected?: boolean;
}

/** Something the host could not read (a sheet that failed, merged areas beyond the host's limit), said in Chinese. */
export interface HostReadProblem {
  code: "unreadable-file" | "partial-read";
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
  for (const r of sheet.values) if (r.length > width) width = r.length;
  return sheet.origin.col + width;
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
