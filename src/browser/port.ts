import type ExcelJS from "exceljs";
import type { Finding } from "../core/findings/finding";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { CellRef } from "../core/values/figure";
import { snapshotFromExcelJs } from "../xlsx/snapshot";
import { precheckForExcelJs, UnreadableWorkbook } from "../xlsx/precheck";
import type { CellMark } from "../ui/marks";
import type { MarkResult, WorkbookPort } from "../ui/port";
import { defaultSettings, parseSettings, type Settings } from "../ui/settings";
import { isOwnSheet } from "../ui/own-sheets";

/** The package editor (jszip) is fetched with the first opened file, like exceljs, not with the page. */
const loadAnnotate = () => import(/* webpackChunkName: "annotate" */ "./annotate");

/** exceljs is large: it is fetched from the page's own folder only when a file is opened. */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  return ((mod as unknown as { default?: typeof ExcelJS }).default ?? mod) as typeof ExcelJS;
}

/**
 * The WorkbookPort of the standalone page: an .xlsx opened from disk, held in memory. Marks and settings are
 * written into the annotated copy the user downloads; the original file is never changed.
 */
export class BrowserWorkbookPort implements WorkbookPort {
  readonly host = "browser" as const;
  private workbook: ExcelJS.Workbook | null = null;
  /** The file as opened: the annotated copy is made from these bytes, part by part. */
  private data: Uint8Array | null = null;
  private fileName = "";
  private marks: CellMark[] = [];
  /** Marks an opened annotated copy carries (they go when a new copy is made, unless marked again). */
  private carried = 0;
  /** Sheets locked as LibreOffice writes it (sheet="true"), which exceljs does not report as protected. */
  private locked: string[] = [];
  /** Formula cells saved without a result, by sheet (exceljs reads them as empty). */
  private uncalculated = new Map<string, string[]>();
  private settings: Settings = defaultSettings();
  private listeners = new Set<(cells: CellRef[]) => void>();

  get name(): string {
    return this.fileName;
  }

  /**
   * Opens a file, or throws UnreadableWorkbook with the command line's Chinese message for it (not a workbook,
   * encrypted, an old .xls, too large once unpacked, damaged): the same pre-check decides, before exceljs
   * unpacks anything, and whatever exceljs itself refuses is a damaged file, never its own English text.
   */
  async open(name: string, data: ArrayBuffer): Promise<void> {
    const bytes = new Uint8Array(data.slice(0));
    const problem = await precheckForExcelJs(bytes, name);
    if (problem) throw new UnreadableWorkbook(problem, name);
    const ExcelJSLib = await loadExcelJs();
    const annotate = await loadAnnotate();
    const workbook = new ExcelJSLib.Workbook();
    let inspected: Awaited<ReturnType<typeof annotate.inspectWorkbook>>;
    try {
      await workbook.xlsx.load(data);
      inspected = await annotate.inspectWorkbook(bytes);
    } catch {
      throw new UnreadableWorkbook({ kind: "not-a-zip" }, name);
    }
    this.workbook = workbook;
    this.data = bytes;
    this.fileName = name;
    this.marks = [];
    this.carried = inspected.marks.length;
    this.locked = inspected.protectedSheets;
    this.uncalculated = inspected.uncalculated;
    this.settings = parseSettings(inspected.settings);
  }

  async read(): Promise<WorkbookSnapshot> {
    const snapshot = snapshotFromExcelJs(this.book(), this.fileName, this.uncalculated);
    return { ...snapshot, sheets: snapshot.sheets.filter((s) => !isOwnSheet(s.name)) };
  }

  async mark(marks: CellMark[]): Promise<MarkResult> {
    const snapshot = await this.read();
    const locked = new Set([...snapshot.sheets.filter((s) => s.protected).map((s) => s.name), ...this.locked]);
    const known = new Set(snapshot.sheets.map((s) => s.name));
    this.marks = marks.filter((m) => known.has(m.sheet) && !locked.has(m.sheet));
    return { marked: this.marks.length, protectedSheets: [...new Set(marks.filter((m) => locked.has(m.sheet)).map((m) => m.sheet))] };
  }

  async clearMarks(): Promise<number> {
    const pending = this.marks.length + this.carried;
    this.marks = [];
    this.carried = 0;
    return pending;
  }

  /** The page draws the finding's cells on its own sheet view: selecting only tells the listeners. */
  async select(cells: CellRef[]): Promise<void> {
    for (const l of this.listeners) l(cells);
  }

  onSelect(listener: (cells: CellRef[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async loadSettings(): Promise<Settings> {
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  /** The annotated copy: current marks, a 检查结果 sheet, and the settings; the file name says it is a copy. */
  async annotatedCopy(findings: Finding[]): Promise<{ name: string; data: Uint8Array }> {
    if (!this.data) throw new Error("尚未打开工作簿");
    const copy = await (await loadAnnotate()).annotateWorkbook(this.data, { findings, marks: this.marks, settings: this.settings });
    const base = this.fileName.replace(/\.xlsx$/i, "");
    return { name: `${base}（检查标注）.xlsx`, data: copy.data };
  }

  private book(): ExcelJS.Workbook {
    if (!this.workbook) throw new Error("尚未打开工作簿");
    return this.workbook;
  }
}
