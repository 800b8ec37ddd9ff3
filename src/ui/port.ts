import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { CellMark } from "./marks";
import type { Settings } from "./settings";

export interface MarkResult {
  /** Cells that now carry a mark. */
  marked: number;
  /** Protected sheets whose cells were left unmarked. */
  protectedSheets: string[];
}

/**
 * All the task pane needs from a workbook host. The Excel adapter (src/excel) and the standalone page
 * (src/browser) implement it; the UI never touches Office.js or exceljs itself.
 */
export interface WorkbookPort {
  readonly host: "excel" | "browser";
  /** The workbook's file name when the host knows it (the offline page); the Excel add-in has none. */
  readonly name?: string;
  /** Every sheet's values, number formats and merged areas. */
  read(): Promise<WorkbookSnapshot>;
  /** Replaces the product's marks with these (idempotent: checking twice does not stack). */
  mark(marks: CellMark[]): Promise<MarkResult>;
  /** Removes every mark the product ever made in this workbook; returns how many were removed. */
  clearMarks(): Promise<number>;
  /** Shows a cell to the user (selects and scrolls to it in Excel). */
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}
