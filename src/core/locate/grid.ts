import type { CellValue, MergedArea, SheetSnapshot } from "../sheet/snapshot";
import { colEnd, rowEnd, formatAt, eachCellIn, rowsPresent } from "../sheet/snapshot";
import { toA1 } from "../sheet/a1";
import { nfkc, normalizeLabel, tidyText } from "../values/text";
import type { CellRef, TextField } from "../values/figure";

/** A cell found by its label (shared, read-only: the same object is handed to every search that finds it). */
export interface Hit {
  readonly row: number;
  readonly col: number;
  readonly label: string;
}

/**
 * A read-only view of a sheet for recognisers: normalised labels (no spaces, NFKC) computed once,
 * merged cells resolved through an index by row, A1 provenance at hand. Positions are absolute and 0-based.
 * A merged area's value lives in its top-left cell only, as Office.js reports merges: a host that repeats it
 * in every covered cell (exceljs does) is read the same way.
 */
export class Grid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number; // exclusive
  readonly right: number; // exclusive
  private readonly values: CellValue[][];
  private readonly labels: string[][];
  /**
   * Every cell with a label, in reading order: recognisers search labels dozens of times per sheet, and a sheet
   * has far fewer labels than cells. Never a covered merge cell: those hold nothing (see ownValues).
   */
  private readonly labelled: Hit[] = [];
  /** Merged areas by row (index row - top). */
  private readonly mergesByRow: (MergedArea[] | undefined)[] = [];
  /** Merged areas taller than TALL_MERGE rows, looked through one by one rather than listed under each row. */
  private readonly tallMerges: MergedArea[] = [];
  // Filled on first use, but declared with a value so that every Grid has one shape (code reading grids stays monomorphic).
  private memos: Map<object, unknown> | undefined = undefined;
  private allLabels: string | undefined = undefined;

  constructor(readonly sheet: SheetSnapshot) {
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = rowEnd(sheet);
    this.right = colEnd(sheet);
    for (const m of sheet.merges) {
      if (m.bottom - m.top > TALL_MERGE) {
        this.tallMerges.push(m);
        continue;
      }
      for (let r = Math.max(m.top, this.top); r <= Math.min(m.bottom, this.bottom - 1); r++) {
        const list = this.mergesByRow[r - this.top];
        if (list) list.push(m);
        else this.mergesByRow[r - this.top] = [m];
      }
    }
    this.values = ownValues(sheet);
    // Rows and cells as sparse as the snapshot's: a missing row has no labels, a missing cell none either.
    this.labels = [];
    const labelRow = (i: number) => {
      const row = this.values[i];
      if (!row) return;
      const labels: string[] = [];
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (typeof v !== "string") continue;
        const label = normalizeLabel(v);
        labels[j] = label;
        if (label) this.labelled.push({ row: i + this.top, col: j + this.left, label });
      }
      this.labels[i] = labels;
    };
    const present = rowsPresent(this.values, 0, this.values.length);
    if (present) present.forEach(labelRow);
    else for (let i = 0; i < this.values.length; i++) labelRow(i);
  }

  /** The merged area containing a position, if any. */
  mergeAt(row: number, col: number): MergedArea | undefined {
    const list = this.mergesByRow[row - this.top];
    if (list) for (const m of list) if (col >= m.left && col <= m.right) return m;
    for (const m of this.tallMerges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** True inside a merged area but not at its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  get name(): string {
    return this.sheet.name;
  }

  /** Raw value, merges not resolved (the figure cell itself). */
  raw(row: number, col: number): CellValue {
    const v = this.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  /** Value shown, merges resolved (for header and label lookups). */
  shown(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  format(row: number, col: number): string {
    return formatAt(this.sheet, row, col);
  }

  /** Normalised text of a cell (no white space, NFKC); "" for numbers and blanks. Not merge-resolved. */
  label(row: number, col: number): string {
    const r = this.labels[row - this.top];
    return (r && r[col - this.left]) || "";
  }

  /** Normalised text of the cell shown at a position (merge-resolved). */
  shownLabel(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.label(m.top, m.left) : this.label(row, col);
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.sheet.name, cell: toA1(row, col) };
  }

  text(row: number, col: number): TextField | null {
    const v = this.raw(row, col);
    if (v === null || v === undefined || v === "") return null;
    const t = tidyText(v);
    return t ? this.field(t, row, col) : null;
  }

  /** A text read at a cell, with the cell's provenance. */
  field(text: string, row: number, col: number): TextField {
    return { text, sheet: this.sheet.name, cell: toA1(row, col) };
  }

  /**
   * True when some label of the sheet contains `word`, or matches it when it is a pattern (one without ^ or $:
   * it runs over all labels joined): a recogniser asks this first and skips a sheet that cannot hold its table
   * before searching it with its own, costlier tests.
   */
  mentions(word: string | RegExp): boolean {
    // One search over all labels joined costs less than one per label. Labels hold no white space, so a line
    // break between them keeps a match from running from one label into the next.
    this.allLabels ??= this.labelled.map((h) => h.label).join("\n");
    return typeof word === "string" ? this.allLabels.includes(word) : word.test(this.allLabels);
  }

  /** A value computed once per sheet by `make` and shared by every recogniser that asks for it under `key`. */
  memo<T>(key: object, make: (grid: Grid) => T): T {
    this.memos ??= new Map();
    if (!this.memos.has(key)) this.memos.set(key, make(this));
    return this.memos.get(key) as T;
  }

  /** Every cell whose normalised label satisfies the test, in reading order. */
  find(test: (label: string) => boolean, from = { row: this.top, col: this.left }, to = { row: this.bottom, col: this.right }): Hit[] {
    return this.labelsIn(test, from.row, to.row, from.col, to.col);
  }

  /** Cells in rows [top, bottom) and columns [left, right) whose label satisfies the test, in reading order. */
  labelsIn(test: (label: string) => boolean, top = this.top, bottom = this.bottom, left = this.left, right = this.right): Hit[] {
    const hits: Hit[] = [];
    const cells = this.labelled;
    for (let i = this.firstLabelIndex(top); i < cells.length; i++) {
      const h = cells[i];
      if (h.row >= bottom) break;
      if (h.col >= left && h.col < right && test(h.label)) hits.push(h);
    }
    return hits;
  }

  /** The first cell in rows [top, bottom) whose label satisfies the test: the search stops there. */
  firstLabel(test: (label: string) => boolean, top = this.top, bottom = this.bottom): Hit | undefined {
    const cells = this.labelled;
    for (let i = this.firstLabelIndex(top); i < cells.length; i++) {
      const h = cells[i];
      if (h.row >= bottom) break;
      if (test(h.label)) return h;
    }
    return undefined;
  }

  /** Index in `labelled` of the first label at or below row `top` (binary search). */
  private firstLabelIndex(top: number): number {
    const cells = this.labelled;
    let i = 0;
    for (let hi = cells.length; i < hi; ) {
      const mid = (i + hi) >> 1;
      if (cells[mid].row < top) i = mid + 1;
      else hi = mid;
    }
    return i;
  }

  /** First non-empty cell to the right of (row, col) within `span` columns: the value beside a label. */
  nextValueRight(row: number, col: number, span = 6): { row: number; col: number } | undefined {
    for (let c = col + 1; c < Math.min(this.right, col + 1 + span); c++) {
      const v = this.raw(row, c);
      if (v !== null && v !== "") return { row, col: c };
    }
    return undefined;
  }

  /**
   * Every non-empty cell (merges not resolved) in rows [top, bottom) and columns [left, right), in reading
   * order. Visits only the cells the sheet holds: an area stretched to XFD1048576 costs no more than its cells.
   */
  eachValue(top: number, bottom: number, left: number, right: number, visit: (value: CellValue, row: number, col: number) => void): void {
    eachCellIn({ values: this.values, origin: this.sheet.origin }, top, bottom, left, right, (v, r, c) => {
      if (v !== "") visit(v, r, c);
    });
  }

  /**
   * The column after the last cell a row holds (its own end, not the grid's): a scan of a row's values or
   * labels stops there, so that one far-away cell elsewhere does not make every row 16,384 columns wide.
   */
  rowRight(row: number): number {
    const r = this.values[row - this.top];
    return r ? this.left + r.length : this.left;
  }

  /** True when every cell of a row in [left, right) is empty. */
  rowIsEmpty(row: number, left = this.left, right = this.right): boolean {
    for (let c = left, end = Math.min(right, this.rowRight(row)); c < end; c++) {
      const v = this.raw(row, c);
      if (v !== null && v !== "") return false;
    }
    return true;
  }
}

/**
 * Merged areas taller than this are not listed under each of their rows: a merge down to row 1048576 would
 * cost a million entries. Tables' merges are a few rows high.
 */
const TALL_MERGE = 256;

/**
 * The sheet's values with covered merge cells blank; the snapshot's own array when nothing needs blanking. Only
 * the cells present are visited, so a merge over a whole sheet costs what the sheet holds.
 */
function ownValues(sheet: SheetSnapshot): CellValue[][] {
  const { row: top, col: left } = sheet.origin;
  const repeated: { row: number; col: number }[] = [];
  for (const m of sheet.merges) {
    eachCellIn(sheet, m.top, m.bottom + 1, m.left, m.right + 1, (v, row, col) => {
      if ((row !== m.top || col !== m.left) && v !== "") repeated.push({ row, col });
    });
  }
  if (repeated.length === 0) return sheet.values;
  const values = sheet.values.slice();
  for (const { row, col } of repeated) {
    const i = row - top;
    if (values[i] === sheet.values[i]) values[i] = sheet.values[i].slice();
    values[i][col - left] = null;
  }
  return values;
}

const UNIT = /单位[:：]?(万元|元)/;

/** 金额单位 printed near a table ("金额单位：万元", "单位：元"). Defaults to 万元. */
export function unitIn(grid: Grid, top: number, bottom: number): { unit: "万元" | "元"; ref?: CellRef } {
  const hit = grid.firstLabel((l) => UNIT.test(l), top, bottom);
  const m = hit && UNIT.exec(hit.label);
  return m ? { unit: m[1] as "万元" | "元", ref: grid.ref(hit.row, hit.col) } : { unit: "万元" };
}

/**
 * A labelled value: "编制单位：XX局" in one cell, or "编制单位" with the value in a cell to its right.
 * `labels` are normalised label prefixes (e.g. ["编制单位", "单位名称"]).
 */
export function labelledText(grid: Grid, labels: string[], top: number, bottom: number): TextField | null {
  const hits = grid.labelsIn((l) => labels.some((p) => l.startsWith(p)), top, bottom);
  for (const hit of hits) {
    const raw = String(grid.raw(hit.row, hit.col) ?? "");
    const inline = /[:：]\s*(.+)$/.exec(nfkc(raw));
    if (inline && inline[1].trim()) return grid.field(tidyText(inline[1]), hit.row, hit.col);
    const next = grid.nextValueRight(hit.row, hit.col);
    if (next) {
      const t = grid.text(next.row, next.col);
      if (t) return t;
    }
  }
  return null;
}

const YEAR = /((?:19|20)\d{2})年/;

/** The year in a title ("2024年度…", "2024年…") if any. */
export function yearIn(grid: Grid, top: number, bottom: number): TextField | null {
  const hit = grid.firstLabel((l) => YEAR.test(l), top, bottom);
  const m = hit && YEAR.exec(hit.label);
  return m ? grid.field(m[1], hit.row, hit.col) : null;
}
