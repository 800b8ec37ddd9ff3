import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { CellRef } from "../core/values/figure";
import type { CellMark } from "./marks";
import type { Settings } from "./settings";

export interface MarkResult {
  /** Cells that now carry a mark. */
  marked: number;
  /** Protected sheets whose cells were left unmarked. */
  protectedSheets: string[];
  /** True when this host cannot mark at all (Excel before ExcelApi 1.6: no conditional formats). */
  unsupported?: boolean;
}

/** Why a cell could not be shown: its sheet is gone (deleted, renamed) or hidden. */
export class NavigationProblem extends Error {
  constructor(
    readonly reason: "missing" | "hidden",
    readonly sheet: string,
  ) {
    super(reason === "missing" ? `工作表“${sheet}”已不存在` : `工作表“${sheet}”已隐藏`);
  }
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
  /**
   * Calls `listener` whenever the workbook's data changes, so a check's results can be said to be out of date.
   * Returns what stops listening. Absent where the host cannot tell (Excel before ExcelApi 1.7, the page).
   */
  onChanged?(listener: () => void): Promise<() => Promise<void>>;
  /**
   * Shows a finding's cells to the user: in Excel, all of them selected at once on the first cell's sheet (the
   * other sheets' cells are listed under the finding); the page draws them on its sheet view instead.
   */
  select(cells: CellRef[]): Promise<void>;
  /** Tells the UI which cell the user clicked in the host (Excel only); resolves to how to stop listening. */
  onSelectionChanged?(listener: (sheet: string, cell: string) => void): Promise<() => void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}
