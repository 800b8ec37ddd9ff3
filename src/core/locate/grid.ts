import type { CellValue, MergedArea, SheetSnapshot } from "../sheet/snapshot";
import { colEnd, rowEnd, formatAt } from "../sheet/snapshot";
import { toA1 } from "../sheet/a1";
import { normalizeLabel, tidyText } from "../values/text";
import type { CellRef, TextField } from "../values/figure";

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
  private readonly mergesByRow = new Map<number, MergedArea[]>();

  constructor(readonly sheet: SheetSnapshot) {
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = rowEnd(sheet);
    this.right = colEnd(sheet);
    for (const m of sheet.merges) {
      for (let r = Math.max(m.top, this.top); r <= Math.min(m.bottom, this.bottom - 1); r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
    this.values = ownValues(sheet);
    this.labels = this.values.map((row) => row.map((v) => (typeof v === "string" ? normalizeLabel(v) : "")));
  }

  /** The merged area containing a position, if any. */
  mergeAt(row: number, col: number): MergedArea | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
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
    return t ? { text: t, ...this.ref(row, col) } : null;
  }

  /** Every cell whose normalised label satisfies the test, in reading order. */
  find(test: (label: string) => boolean, from = { row: this.top, col: this.left }, to = { row: this.bottom, col: this.right }) {
    const hits: { row: number; col: number; label: string }[] = [];
    for (let r = Math.max(from.row, this.top); r < Math.min(to.row, this.bottom); r++) {
      const row = this.labels[r - this.top];
      if (!row) continue;
      for (let c = Math.max(from.col, this.left); c < Math.min(to.col, this.right); c++) {
        const l = row[c - this.left];
        if (l && test(l)) hits.push({ row: r, col: c, label: l });
      }
    }
    return hits;
  }

  /** First non-empty cell to the right of (row, col) within `span` columns: the value beside a label. */
  nextValueRight(row: number, col: number, span = 6): { row: number; col: number } | undefined {
    for (let c = col + 1; c < Math.min(this.right, col + 1 + span); c++) {
      const v = this.raw(row, c);
      if (v !== null && v !== "") return { row, col: c };
    }
    return undefined;
  }

  /** True when every cell of a row in [left, right) is empty. */
  rowIsEmpty(row: number, left = this.left, right = this.right): boolean {
    for (let c = left; c < right; c++) {
      const v = this.raw(row, c);
      if (v !== null && v !== "") return false;
    }
    return true;
  }
}

/** The sheet's values with covered merge cells blank; the snapshot's own array when nothing needs blanking. */
function ownValues(sheet: SheetSnapshot): CellValue[][] {
  const { row: top, col: left } = sheet.origin;
  const repeats = (m: MergedArea) => {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = sheet.values[r - top];
      for (let c = m.left; row && c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && row[c - left] !== null && row[c - left] !== undefined && row[c - left] !== "") return true;
      }
    }
    return false;
  };
  if (!sheet.merges.some(repeats)) return sheet.values;
  const values = sheet.values.map((row) => row.slice());
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = values[r - top];
      for (let c = m.left; row && c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && c - left < row.length) row[c - left] = null;
      }
    }
  }
  return values;
}

/** 金额单位 printed near a table ("金额单位：万元", "单位：元"). Defaults to 万元. */
export function unitIn(grid: Grid, top: number, bottom: number): { unit: "万元" | "元"; ref?: CellRef } {
  for (const hit of grid.find((l) => /单位[:：]?(万元|元)/.test(l), { row: top, col: grid.left }, { row: bottom, col: grid.right })) {
    const m = /单位[:：]?(万元|元)/.exec(hit.label);
    if (m) return { unit: m[1] as "万元" | "元", ref: grid.ref(hit.row, hit.col) };
  }
  return { unit: "万元" };
}

/**
 * A labelled value: "编制单位：XX局" in one cell, or "编制单位" with the value in a cell to its right.
 * `labels` are normalised label prefixes (e.g. ["编制单位", "单位名称"]).
 */
export function labelledText(grid: Grid, labels: string[], top: number, bottom: number): TextField | null {
  const hits = grid.find((l) => labels.some((p) => l.startsWith(p)), { row: top, col: grid.left }, { row: bottom, col: grid.right });
  for (const hit of hits) {
    const raw = String(grid.raw(hit.row, hit.col) ?? "");
    const inline = /[:：]\s*(.+)$/.exec(raw.normalize("NFKC"));
    if (inline && inline[1].trim()) return { text: tidyText(inline[1]), ...grid.ref(hit.row, hit.col) };
    const next = grid.nextValueRight(hit.row, hit.col);
    if (next) {
      const t = grid.text(next.row, next.col);
      if (t) return t;
    }
  }
  return null;
}

/** The year in a title ("2024年度…", "2024年…") if any. */
export function yearIn(grid: Grid, top: number, bottom: number): TextField | null {
  for (const hit of grid.find((l) => /(19|20)\d{2}年/.test(l), { row: top, col: grid.left }, { row: bottom, col: grid.right })) {
    const m = /((?:19|20)\d{2})年/.exec(hit.label);
    if (m) return { text: m[1], ...grid.ref(hit.row, hit.col) };
  }
  return null;
}
