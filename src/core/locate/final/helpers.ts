import { Grid, labelledText, unitIn, yearIn } from "../grid";
import type { Recognition } from "../recognizer";
import type { Column, SubjectRow, TableKind } from "../../model/common";
import type { Figure, ReadProblem, TextField } from "../../values/figure";
import { readMoney } from "../../values/figure";
import { parseCell } from "../../values/parse";
import { nfkc, normalizeLabel, tidyText } from "../../values/text";
import { mergeAt } from "../../sheet/snapshot";
import { rangeA1, toA1 } from "../../sheet/a1";
import {
  FINAL_TITLES,
  GENERIC_AMOUNT_HEADER,
  LINE_NUMBER_HEADER,
  SUBJECT_TOTAL_ROW,
  SUMMARY_AMOUNT_HEADER,
} from "../synonyms/final";

export type FinalKind = Extract<TableKind, `final.${string}`>;

const TAG = /^(?:\(|（)?(公开|财决)0?([1-9])表(?:\)|）)?$/;
/**
 * A bare table number beside a title ("表七", "附表7"): provinces number their 决算公开表 differently (Shanghai:
 * 表七 = 三公经费, 表八 = 政府性基金, 表九 = 国有资本经营), so it names the table as printed but never decides
 * which table it is — the title does.
 */
const PRINTED_NUMBER = /^附?表([一二三四五六七八九十]{1,3}|\d{1,2})$/;

/** Rows a tag may sit away from its title (above or below). */
const TAG_REACH = 3;

/** A table start: a title and/or a 公开0N表 tag. */
export interface Anchor {
  kind: FinalKind;
  /** First row of the table (the title's or the tag's, whichever is higher). */
  top: number;
  /** The title cell, if the table has a title. */
  title?: { row: number; col: number; text: string };
  /** The tag as printed ("公开01表"), if any. */
  tag?: string;
  /** A bare number printed beside the title ("表七"), if any. */
  printedNumber?: string;
}

/** The rows a table owns: from its anchor to just before the next anchor (or the sheet's end). */
export interface Block {
  grid: Grid;
  kind: FinalKind;
  top: number;
  /** Exclusive. */
  limit: number;
  titleRow: number;
  title: string;
  unit: "万元" | "元";
  unitName: TextField | null;
  year: TextField | null;
  printedNumber?: string;
}

function titleKind(label: string): FinalKind | undefined {
  if (label.length > 60 || label.startsWith("注") || !/决算(总)?表/.test(label)) return undefined;
  for (const [kind, re] of FINAL_TITLES) if (re.test(label)) return kind;
  return undefined;
}


/** Every 决算 table start in a sheet, in row order. One scan per sheet, shared by the nine recognisers. */
export function anchorsOf(grid: Grid): Anchor[] {
  return grid.memo(anchorsOf, findAnchors);
}

function findAnchors(grid: Grid): Anchor[] {
  const titles: { row: number; col: number; kind: FinalKind; label: string }[] = [];
  const tags: { row: number; col: number; kind: FinalKind; text: string }[] = [];
  const numbers: { row: number; text: string }[] = [];
  for (const hit of grid.labelsIn((l) => l.length <= 60 && (l.includes("决算") || l.includes("表")))) {
    const kind = titleKind(hit.label);
    if (kind) {
      titles.push({ row: hit.row, col: hit.col, kind, label: hit.label });
      continue;
    }
    const tag = TAG.exec(hit.label);
    if (tag) tags.push({ row: hit.row, col: hit.col, kind: `final.0${tag[2]}` as FinalKind, text: tidyText(grid.raw(hit.row, hit.col)) });
    else if (PRINTED_NUMBER.test(hit.label)) numbers.push({ row: hit.row, text: hit.label });
  }
  const anchors: Anchor[] = [];
  const usedTags = new Set<number>();
  for (const t of titles) {
    let top = t.row;
    let tag: string | undefined;
    tags.forEach((g, i) => {
      if (!usedTags.has(i) && Math.abs(g.row - t.row) <= TAG_REACH) {
        usedTags.add(i);
        top = Math.min(top, g.row);
        tag ??= g.text;
      }
    });
    // The nearest number within reach (a number between two tables belongs to the closer title).
    const near = numbers.filter((n) => Math.abs(n.row - t.row) <= TAG_REACH).sort((a, b) => Math.abs(a.row - t.row) - Math.abs(b.row - t.row))[0];
    const printedNumber = tag ? undefined : near?.text;
    if (near && printedNumber && near.row < top) top = near.row;
    anchors.push({ kind: t.kind, top, tag, printedNumber, title: { row: t.row, col: t.col, text: tidyText(grid.raw(t.row, t.col)) } });
  }
  // A tag without a title names its table on its own (title wins where both are present).
  tags.forEach((g, i) => {
    if (!usedTags.has(i)) anchors.push({ kind: g.kind, top: g.row, tag: g.text });
  });
  anchors.sort((a, b) => a.top - b.top);
  return anchors;
}

/** The blocks of one kind in a sheet, with their title, unit, 编制单位 and year read. */
export function blocksOf(grid: Grid, kind: FinalKind): Block[] {
  const anchors = anchorsOf(grid);
  const blocks: Block[] = [];
  anchors.forEach((a, i) => {
    if (a.kind !== kind) return;
    const limit = i + 1 < anchors.length ? anchors[i + 1].top : grid.bottom;
    const titleRow = a.title?.row ?? a.top;
    const metaEnd = Math.min(limit, titleRow + 5);
    blocks.push({
      grid,
      kind,
      top: a.top,
      limit,
      titleRow,
      title: a.title?.text ?? a.tag ?? "",
      unit: unitIn(grid, a.top, metaEnd).unit,
      unitName: labelledText(grid, ["编制单位", "单位名称", "编制部门", "部门名称", "部门:"], a.top, metaEnd),
      year: yearIn(grid, a.top, metaEnd),
      printedNumber: a.printedNumber,
    });
  });
  return blocks;
}

/**
 * 决算 tables whose title is in the sheet but that no recogniser read: the title and the header cells under it,
 * so that a layout we do not understand is reported as such ("识别到…但未能读取…"), never as a missing table.
 */
export function unreadTitles(grid: Grid, kind: FinalKind): { title: string; cell: string; header: string[] }[] {
  const anchors = anchorsOf(grid);
  return anchors.flatMap((a, i) => {
    if (a.kind !== kind || !a.title) return [];
    const limit = Math.min(i + 1 < anchors.length ? anchors[i + 1].top : grid.bottom, a.title.row + 7);
    const header: string[] = [];
    for (let r = a.title.row + 1; r < limit; r++) {
      for (let c = grid.left; c < grid.right; c++) {
        // Merged headers hold their text in the top-left cell only: each label is listed once.
        if (!isText(grid, r, c)) continue;
        const l = grid.label(r, c);
        if (!l || META_LINE.test(l) || TAG.test(l) || PRINTED_NUMBER.test(l)) continue;
        header.push(`${toA1(r, c)}“${tidyText(grid.raw(r, c))}”`);
      }
    }
    return [{ title: a.title.text, cell: toA1(a.title.row, a.title.col), header }];
  });
}

/** Lines above a header that are not part of it: 编制单位, 金额单位, dates. */
const META_LINE = /^(编制单位|单位名称|编制部门|部门名称|部门[:：]|金额单位|单位[:：]|填报日期|\d{4}年)/;

/** Reads money in the block's unit, collecting problems (never throws). */
export class MoneyReader {
  readonly problems: ReadProblem[] = [];
  constructor(readonly block: Block) {}

  at(row: number, col: number): Figure {
    const g = this.block.grid;
    const { figure, problem } = readMoney(g.raw(row, col), g.format(row, col), g.ref(row, col), this.block.unit);
    if (problem) this.problems.push(problem);
    return figure;
  }
}

/** True when a cell holds something other than a figure or a dash: a label. */
export function isText(grid: Grid, row: number, col: number): boolean {
  const v = grid.raw(row, col);
  return typeof v === "string" && parseCell(v).kind === "text";
}

/** A "栏次" row: the word 栏次, or nothing but small column numbers. */
export function isColumnNumberRow(grid: Grid, row: number, left: number, right: number): boolean {
  let numbers = 0;
  for (let c = left; c < right; c++) {
    const l = grid.label(row, c);
    if (l === "栏次") return true;
    const v = grid.raw(row, c);
    if (v === null || v === "") continue;
    const s = normalizeLabel(v);
    if (/^\d{1,2}$/.test(s)) numbers++;
    else return false;
  }
  return numbers >= 2;
}

/** Header path of one column: the distinct labels shown top to bottom, with the cell of the lowest one. */
export interface HeaderColumn {
  col: number;
  path: string[];
  leaf: string;
  /** Where the leaf label is written (the top-left cell of its merge): A1, and 0-based row/col. */
  cell: string;
  leafRow: number;
  leafCol: number;
  /** Where each label of `path` is written (top-left cell of its merge), 0-based. */
  cells: { row: number; col: number }[];
}

export function headerColumns(grid: Grid, rows: number[], left: number, right: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = left; c < right; c++) {
    const path: string[] = [];
    const cells: { row: number; col: number }[] = [];
    for (const r of rows) {
      const l = grid.shownLabel(r, c);
      if (!l || path[path.length - 1] === l) continue;
      path.push(l);
      const m = mergeAt(grid.sheet, r, c);
      cells.push({ row: m ? m.top : r, col: m ? m.left : c });
    }
    if (path.length) out.push(headerAt(c, path, cells));
  }
  return out;
}

function headerAt(col: number, path: string[], cells: { row: number; col: number }[]): HeaderColumn {
  const { row, col: leafCol } = cells[cells.length - 1];
  return { col, path, leaf: path[path.length - 1], cell: toA1(row, leafCol), leafRow: row, leafCol, cells };
}

/** The header with the labels at `drop` (indices into its path) left out, its leaf then the lowest label kept. */
export function withoutLabels(h: HeaderColumn, drop: (label: string, i: number) => boolean): HeaderColumn | null {
  const keep = h.path.map((l, i) => !drop(l, i));
  const path = h.path.filter((_, i) => keep[i]);
  const cells = h.cells.filter((_, i) => keep[i]);
  return path.length ? headerAt(h.col, path, cells) : null;
}

/**
 * The header as it names its column: a leaf that only says "决算数"/"金额" under a group header is named by that
 * group ("基本支出 / 决算数" is the 基本支出 column, its label cell the group's).
 */
export function namedHeader(h: HeaderColumn): HeaderColumn {
  if (h.path.length < 2 || !GENERIC_AMOUNT_HEADER.test(h.leaf)) return h;
  return withoutLabels(h, (_, i) => i === h.path.length - 1) ?? h;
}

/** Columns classified by a table's key function; the first column per key wins. */
export function keyedColumns(headers: HeaderColumn[], keyOf: (h: HeaderColumn) => string | null, grid: Grid): (Column & { col: number })[] {
  const out: (Column & { col: number })[] = [];
  for (const raw of headers) {
    const h = namedHeader(raw);
    const key = keyOf(h);
    if (!key || out.some((c) => c.key === key)) continue;
    out.push({ key, label: tidyText(grid.raw(h.leafRow, h.leafCol)) || h.leaf, cell: h.cell, col: h.col });
  }
  return out;
}

/** Removes list numbering ("一、", "（二）", "3.") from a normalised label. */
export function stripNumbering(label: string): string {
  return label
    .replace(/^([一二三四五六七八九十]+|\d{1,2})[、.．]/, "")
    .replace(/^[(（]([一二三四五六七八九十]+|\d{1,2})[)）]/, "");
}

const CODE_ALONE = /^(\d{3}|\d{5}|\d{7})$/;
const CODE_AND_NAME = /^(\d{3}|\d{5}|\d{7})(?!\d)[\s\u3000\u00a0]*(\S.*)$/;

/** A 科目代码 read from a cell that may hold it as a number or as text. */
export function codeIn(grid: Grid, row: number, col: number): string | null {
  const v = grid.raw(row, col);
  if (typeof v === "number" && Number.isInteger(v) && v > 0) {
    const s = String(v);
    return CODE_ALONE.test(s) ? s : null;
  }
  const s = normalizeLabel(v);
  return CODE_ALONE.test(s) ? s : null;
}

/** A "2080505 机关事业单位…" label split into code and name (names keep no spaces), or null. */
export function codeAndName(raw: unknown): { code: string; name: string } | null {
  if (typeof raw !== "string") return null;
  const m = CODE_AND_NAME.exec(nfkc(raw).trim());
  return m ? { code: m[1], name: normalizeLabel(m[2]) } : null;
}

export function levelOf(code: string): SubjectRow["level"] {
  return code.length === 3 ? "class" : code.length === 5 ? "section" : "item";
}

export const TOTAL_LABEL = SUBJECT_TOTAL_ROW;

/** A note under a table saying it has no data (表7/表8 公开空表). */
export const EMPTY_NOTE = /空表|无数据|本表无|没有.{0,40}(收入|支出|数据)|无.{0,30}(收入|支出).{0,10}故/;

/** A note under a table: its first text starts with 注 / 说明 / 备注, or says the table is empty. */
export function isNoteRow(grid: Grid, row: number): boolean {
  for (let c = grid.left, end = grid.rowRight(row); c < end; c++) {
    const l = grid.label(row, c);
    if (l) return /^(注|说明|备注)/.test(l) || EMPTY_NOTE.test(l);
  }
  return false;
}

/** True when a row holds no value at all in [left, right). */
export function blankRow(grid: Grid, row: number, left = grid.left, right = grid.right): boolean {
  return grid.rowIsEmpty(row, left, right);
}

/** The bounding range of a table's cells (values and merges) between two rows, A1 without "$". */
export function rangeOf(grid: Grid, top: number, bottom: number): string {
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  grid.eachValue(top, bottom + 1, grid.left, grid.right, (_, __, c) => {
    if (c < left) left = c;
    if (c > right) right = c;
  });
  for (const m of grid.sheet.merges) {
    if (m.bottom < top || m.top > bottom) continue;
    if (m.left < left) left = m.left;
    if (m.right > right) right = m.right;
  }
  if (right < 0) return rangeA1(top, grid.left, bottom, grid.left);
  return rangeA1(top, left, bottom, right);
}

/** The base fields every 决算 table carries, and its location. */
export function finish(block: Block, lastRow: number, table: { kind: FinalKind } & Record<string, unknown>, problems: ReadProblem[]): Recognition {
  const range = rangeOf(block.grid, block.top, lastRow);
  const full = {
    ...table,
    sheet: block.grid.name,
    range,
    title: block.title,
    unit: block.unit,
    unitName: block.unitName,
    year: block.year,
    ...(block.printedNumber ? { printedNumber: block.printedNumber } : {}),
  };
  return {
    location: { kind: block.kind, sheet: block.grid.name, range, title: block.title },
    table: full as unknown as Recognition["table"],
    problems,
  };
}

/** The first row in [from, to) satisfying a test. */
export function firstRow(from: number, to: number, test: (row: number) => boolean): number | undefined {
  for (let r = from; r < to; r++) if (test(r)) return r;
  return undefined;
}

/** True when any label in a row satisfies a test. */
export function rowHas(grid: Grid, row: number, test: (label: string) => boolean): boolean {
  for (let c = grid.left, end = grid.rowRight(row); c < end; c++) {
    const l = grid.label(row, c);
    if (l && test(l)) return true;
  }
  return false;
}

/** How a 科目 table's amount columns are named: header column → model column key (or null). */
export type ColumnKeyOf = (h: HeaderColumn) => string | null;

const SUBJECT_HEADER = /^项目$|科目|编码|代码/;
const MAX_HEADER_ROWS = 4;

/**
 * A row that starts the data of a 科目 table: a 3/5/7-digit 科目代码 anywhere in it, or 合计/总计 — unless that
 * 合计 is a column header: a sub-header "合计" under a merged "本年支出", or a "合计" sharing its row with
 * 基本支出/项目支出 sub-headers (the row names a column of the table besides its 合计).
 */
function subjectDataRow(grid: Grid, row: number, keyOf: ColumnKeyOf): boolean {
  let total = false;
  let columnLabels = 0;
  for (let c = grid.left, end = grid.rowRight(row); c < end; c++) {
    if (codeIn(grid, row, c) || codeAndName(grid.raw(row, c))) return true;
    const l = grid.label(row, c);
    if (!l) continue;
    if (TOTAL_LABEL.test(l)) total = true;
    else if (keyOf(headerAt(c, [l], [{ row, col: c }]))) columnLabels++;
  }
  return total && columnLabels === 0;
}

/**
 * Reads a 科目 table (表2/3/5/7/8): header over 1–3 rows (a 栏次 row is skipped), 科目代码 and 科目名称 in their
 * own columns or together ("2080505 机关事业单位…"), then 合计/类/款/项 rows until a blank gap or the next table.
 * Returns null when no header with the table's columns is found.
 */
export function readSubjectTable(block: Block, keyOf: ColumnKeyOf): Recognition | null {
  const g = block.grid;
  const scanEnd = Math.min(block.limit, block.titleRow + 10);
  const keyedIn = (r: number) => headerColumns(g, [r], g.left, g.right).filter((h) => keyOf(h)).length;
  const headerTop = firstRow(block.titleRow + 1, scanEnd, (r) => rowHas(g, r, (l) => SUBJECT_HEADER.test(l)) || keyedIn(r) >= 2);
  if (headerTop === undefined) return null;

  const headerRows = [headerTop];
  let dataStart: number | undefined;
  for (let r = headerTop + 1; r < Math.min(block.limit, headerTop + MAX_HEADER_ROWS + 1); r++) {
    if (isColumnNumberRow(g, r, g.left, g.right)) {
      dataStart = r + 1;
      break;
    }
    if (subjectDataRow(g, r, keyOf)) {
      dataStart = r;
      break;
    }
    headerRows.push(r);
  }
  if (dataStart === undefined) return null;

  const headers = headerColumns(g, headerRows, g.left, g.right);
  let codeCol = headers.find((h) => h.path.some((p) => /编码|代码/.test(p)))?.col;
  let nameCol = headers.find((h) => h.col !== codeCol && h.path.some((p) => /名称/.test(p)))?.col;
  if (codeCol === undefined && nameCol === undefined) {
    codeCol = nameCol = (headers.find((h) => h.path[0] === "项目") ?? headers[0])?.col;
  }
  codeCol ??= nameCol;
  nameCol ??= codeCol;
  if (codeCol === undefined || nameCol === undefined) return null;
  const columns = keyedColumns(
    headers.filter((h) => h.col !== codeCol && h.col !== nameCol),
    keyOf,
    g,
  );
  if (columns.length === 0) return null;

  const money = new MoneyReader(block);
  const rows: SubjectRow[] = [];
  let last = dataStart - 1;
  let blanks = 0;
  let saysEmpty = false;
  let inNote = false;
  for (let r = dataStart; r < block.limit; r++) {
    if (blankRow(g, r)) {
      if (++blanks >= 2) break;
      inNote = false;
      continue;
    }
    blanks = 0;
    const parsed = inNote ? null : subjectLabel(g, r, codeCol, nameCol);
    if (!parsed) {
      // A note under the table (and its continuation lines) is part of it; anything else is not.
      inNote ||= isNoteRow(g, r);
      if (!inNote) break;
      if (rowHas(g, r, (l) => EMPTY_NOTE.test(l))) saysEmpty = true;
      last = r;
      continue;
    }
    const values: Record<string, Figure> = {};
    for (const col of columns) values[col.key] = money.at(r, col.col);
    rows.push({ code: parsed.code, name: parsed.name, level: parsed.level, labelCell: toA1(r, parsed.labelCol), values });
    last = r;
  }
  for (let r = block.top; r < dataStart && !saysEmpty; r++) if (rowHas(g, r, (l) => EMPTY_NOTE.test(l))) saysEmpty = true;

  // The model lists the 合计 row first, wherever the table prints it.
  const total = rows.findIndex((row) => row.level === "total");
  if (total > 0) rows.unshift(...rows.splice(total, 1));
  const noFigures = rows.every((row) => Object.values(row.values).every((f) => f.value === null));
  return finish(
    block,
    Math.max(last, headerTop),
    {
      kind: block.kind,
      columns: columns.map(({ key, label, cell }) => ({ key, label, cell })),
      rows,
      emptyDisclosed: saysEmpty || noFigures,
    },
    money.problems,
  );
}

type ParsedSubject = Omit<SubjectRow, "labelCell" | "values"> & { labelCol: number };

function subjectLabel(g: Grid, r: number, codeCol: number, nameCol: number): ParsedSubject | null {
  const code = codeIn(g, r, codeCol);
  if (code) {
    const name = nameCol !== codeCol ? g.label(r, nameCol) : "";
    return { code, name, level: levelOf(code), labelCol: codeCol };
  }
  for (const col of nameCol === codeCol ? [codeCol] : [nameCol, codeCol]) {
    const both = codeAndName(g.raw(r, col));
    if (both) return { code: both.code, name: both.name, level: levelOf(both.code), labelCol: col };
  }
  for (const col of [codeCol, nameCol]) {
    if (TOTAL_LABEL.test(g.label(r, col))) return { code: null, name: g.label(r, col), level: "total", labelCol: col };
  }
  return null;
}

/** The frame of a two-halves 总表 (表1, 表4): label columns of 收入 and 支出, header columns, first data row. */
export interface Halves {
  leftLabelCol: number;
  rightLabelCol: number;
  headers: HeaderColumn[];
  dataStart: number;
}

/**
 * Finds the header of a 总表: the row with two "项目" (or "收入项目"/"支出项目") cells. A 收入/支出 row above it
 * and sub-header or 栏次 rows below it belong to the header too.
 */
export function halvesOf(block: Block): Halves | null {
  const g = block.grid;
  const scanEnd = Math.min(block.limit, block.titleRow + 10);
  let labelCols: number[] = [];
  const row = firstRow(block.titleRow + 1, scanEnd, (r) => {
    labelCols = [];
    for (let c = g.left, end = g.rowRight(r); c < end; c++) if (/项目$/.test(g.label(r, c))) labelCols.push(c);
    return labelCols.length >= 2;
  });
  if (row === undefined) return null;
  const [leftLabelCol, rightLabelCol] = labelCols;
  const headerRows: number[] = [];
  if (row - 1 > block.titleRow && rowHas(g, row - 1, (l) => /^收入$|^支出$/.test(l))) headerRows.push(row - 1);
  let dataStart = row + 1;
  headerRows.push(row);
  for (let r = row + 1; r < Math.min(block.limit, row + MAX_HEADER_ROWS); r++) {
    const l = g.label(r, leftLabelCol);
    if (isColumnNumberRow(g, r, g.left, g.right) || l === "栏次") {
      dataStart = r + 1;
      break;
    }
    if (l) {
      dataStart = r;
      break;
    }
    headerRows.push(r);
  }
  return { leftLabelCol, rightLabelCol, headers: headerColumns(g, headerRows, g.left, g.right), dataStart };
}

/** The amount column of a half: headed 决算数/金额, else the first column after the label that is not 行次. */
export function amountColumn(h: Halves, from: number, to: number): number | undefined {
  const inHalf = h.headers.filter((x) => x.col > from && x.col < to);
  const named = inHalf.find((x) => x.path.some((p) => SUMMARY_AMOUNT_HEADER.test(p)));
  if (named) return named.col;
  return inHalf.find((x) => !x.path.some((p) => LINE_NUMBER_HEADER.test(p)))?.col;
}

/** Reads the label of a 总表 line: the text as printed and its normalised, un-numbered form. */
export function lineLabel(grid: Grid, row: number, col: number): { label: string; key: string } | null {
  if (!isText(grid, row, col)) return null;
  const label = tidyText(grid.raw(row, col));
  return { label, key: stripNumbering(normalizeLabel(label)) };
}

/**
 * Walks the line rows of a 总表 (表1, 表4) block: up to two blank rows in a row; notes end the lines and belong
 * to the table. `visit` reads one line row and says whether the lines are complete (both 总计 read), after which
 * only notes may follow. Returns the table's last row, notes included.
 */
export function scanSummaryLines(g: Grid, start: number, limit: number, visit: (row: number) => boolean): number {
  let last = start - 1;
  let blanks = 0;
  let done = false;
  for (let r = start; r < limit; r++) {
    if (blankRow(g, r)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isNoteRow(g, r)) {
      done = true;
      last = r;
      continue;
    }
    if (done) break;
    last = r;
    done = visit(r);
  }
  return last;
}
