import Decimal from "decimal.js";
import type { CellValue } from "../../sheet/snapshot";
import { rangeA1, toA1 } from "../../sheet/a1";
import { formatPrecision, decimalFromHostNumber, parseCell, writtenDecimals } from "../../values/parse";
import { readMoney, readPercent, readPlain, type Figure, type MoneyUnit, type ReadProblem, type TextField } from "../../values/figure";
import { nfkc, normalizeLabel, tidyText } from "../../values/text";
import type { Signatures } from "../../model/common";
import type { Indicator, LevelOne } from "../../model/selfeval";
import { unitIn, yearIn, type Grid, type Hit } from "../grid";
import { INDICATOR_COLUMNS, INDICATOR_NAME_HEADER, SELFEVAL_HEADER_WORDS } from "../synonyms/selfeval";

export type { Hit };

/**
 * Cells whose normalised label passes the test, rows [top, bottom). Never a cell covered by a merge: the Grid
 * keeps those blank, so a host that repeats a merged value in every cell gives one hit, not one per cell.
 */
export function anchors(grid: Grid, test: (label: string) => boolean, top = grid.top, bottom = grid.bottom): Hit[] {
  return grid.labelsIn(test, top, bottom);
}

/** The first of `anchors` (the search stops there), or undefined. */
export function firstAnchor(grid: Grid, test: (label: string) => boolean, top = grid.top, bottom = grid.bottom): Hit | undefined {
  return grid.firstLabel(test, top, bottom);
}

/** The first column after a cell and its merge, where the value beside a label sits. */
export function afterCell(grid: Grid, row: number, col: number): number {
  return (grid.mergeAt(row, col)?.right ?? col) + 1;
}

/** Last row of a cell's merge (the cell itself when not merged). */
export function mergeBottom(grid: Grid, row: number, col: number): number {
  return grid.mergeAt(row, col)?.bottom ?? row;
}

/** A cell ending in a colon ("联系电话：") is a label awaiting its own value, never the value of the label before it. */
function looksLikeLabel(raw: CellValue): boolean {
  return typeof raw === "string" && /[:：]\s*$/.test(nfkc(raw));
}

/**
 * The text beside a label: inline after a colon ("单位名称：XX局"), else the first non-empty cell after the
 * label's merge within `span` columns, unless that cell is itself a label.
 */
export function valueBeside(grid: Grid, row: number, col: number, span = 4): TextField | null {
  const raw = nfkc(String(grid.raw(row, col) ?? ""));
  const inline = /[:：]\s*(.*)$/.exec(raw);
  if (inline && inline[1].trim()) return grid.field(tidyText(inline[1]), row, col);
  const start = afterCell(grid, row, col);
  for (let c = start; c < Math.min(grid.right, start + span); c++) {
    if (grid.isCovered(row, c)) continue;
    const v = grid.raw(row, c);
    if (v === null || v === "") continue;
    if (looksLikeLabel(v)) return null;
    return displayText(grid, row, c);
  }
  return null;
}

/**
 * A cell as text the way Excel shows it: numbers with a percent format become "95%" (indicator values are
 * sometimes typed as numbers). Null for a blank cell and for a cell covered by another's merge.
 */
export function displayText(grid: Grid, row: number, col: number): TextField | null {
  if (grid.isCovered(row, col)) return null;
  const v = grid.raw(row, col);
  if (typeof v === "number") {
    const fp = formatPrecision(grid.format(row, col));
    const d = decimalFromHostNumber(v);
    const shown = (x: Decimal) => x.toFixed(fp!.decimals, Decimal.ROUND_HALF_UP);
    const text = fp?.percent ? `${shown(d.times(100))}%` : fp ? shown(d) : d.toString();
    return grid.field(text, row, col);
  }
  return grid.text(row, col);
}

/** Reads figures of one table in its 金额单位 and keeps the problems met. */
export class FigureReader {
  readonly problems: ReadProblem[] = [];

  constructor(
    readonly grid: Grid,
    readonly unit: MoneyUnit,
  ) {}

  private keep(r: { figure: Figure; problem?: ReadProblem }): Figure {
    if (r.problem) this.problems.push(r.problem);
    return r.figure;
  }

  money(row: number, col: number): Figure {
    return this.keep(readMoney(this.grid.raw(row, col), this.grid.format(row, col), this.grid.ref(row, col), this.unit));
  }

  rate(row: number, col: number): Figure {
    return this.keep(readPercent(this.grid.raw(row, col), this.grid.format(row, col), this.grid.ref(row, col)));
  }

  plain(row: number, col: number): Figure {
    return this.keep(readPlain(this.grid.raw(row, col), this.grid.format(row, col), this.grid.ref(row, col)));
  }

  /** Money typed after a label in the same cell ("一般公共预算：1,270.60"), provenance the label cell. */
  inlineMoney(text: string, row: number, col: number): Figure {
    return this.keep(readMoney(text, "General", this.grid.ref(row, col), this.unit));
  }
}

/** 金额单位 of a block: the "金额单位：" line, else a header such as "项目资金（元）". */
export function blockUnit(grid: Grid, top: number, bottom: number): MoneyUnit {
  const printed = unitIn(grid, top, bottom);
  if (printed.ref) return printed.unit;
  return anchors(grid, (l) => /\((万元|元)\)/.test(l) && l.length <= 20, top, bottom).some((h) => h.label.includes("(元)"))
    ? "元"
    : "万元";
}

/** The year printed in a block's title lines ("2024年度…"); dates and indicator values further down do not count. */
export function blockYear(grid: Grid, top: number): TextField | null {
  return yearIn(grid, top, top + 3);
}

/** Splits rows [top, bottom) at each start row; each block runs to the next start. */
export function splitAt(starts: number[], bottom: number): { top: number; bottom: number }[] {
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  return sorted.map((top, i) => ({ top, bottom: i + 1 < sorted.length ? sorted[i + 1] : bottom }));
}

/** A1 range of the non-empty cells in rows [top, bottom). */
export function extentA1(grid: Grid, top: number, bottom: number): string {
  let last = top;
  let left = grid.right;
  let right = grid.left;
  grid.eachValue(top, bottom, grid.left, grid.right, (_, r, c) => {
    const m = grid.mergeAt(r, c);
    last = Math.max(last, m?.bottom ?? r);
    left = Math.min(left, c);
    right = Math.max(right, m?.right ?? c);
  });
  if (right < left) return toA1(top, grid.left);
  return rangeA1(top, left, last, right);
}

/** Short, title-like label (not a sentence that happens to mention the table). */
export function isTitleLike(label: string): boolean {
  return label.length <= 40;
}

/** The title text at a hit, tidied. */
export function titleText(grid: Grid, hit: Hit | undefined, fallback: string): string {
  return hit ? tidyText(grid.raw(hit.row, hit.col)) : fallback;
}

/** A label that opens another family's table: a block of one family must not run into it. */
export const OTHER_TABLE_TITLE = /(自评表|基础数据表|决算表|决算总表|公开0?\d表|财决0?\d表)/;

// --- signatures -------------------------------------------------------------------------------------------

const SIGNATURE_LABELS: [keyof Signatures, string][] = [
  ["head", "单位负责人(签字)"],
  ["head", "单位负责人签字"],
  ["head", "单位负责人签章"],
  ["head", "单位负责人"],
  ["head", "负责人签字"],
  ["head", "负责人"],
  ["date", "填表日期"],
  ["date", "填报日期"],
  ["preparer", "填表人"],
  ["preparer", "填报人"],
  ["preparer", "制表人"],
  ["phone", "联系电话"],
];

/** Labels may carry stray spaces ("填 表 人"): match with optional white space between characters. */
const SIGNATURE_PATTERN = new RegExp(
  SIGNATURE_LABELS.map(([, l]) =>
    l
      .split("")
      .map((ch) => ch.replace(/[()]/g, "\\$&"))
      .join("[\\s\\u3000]*"),
  ).join("|"),
  "g",
);
const COMPACT_SIGNATURES = SIGNATURE_LABELS.map(([, l]) => l.replace(/[()]/g, "\\$&")).join("|");
/** The same labels in a cell without white space (most cells): a plain alternation runs several times faster. */
const COMPACT_SIGNATURE_PATTERN = new RegExp(COMPACT_SIGNATURES, "g");
const SIGNATURE_START = new RegExp(`^(${COMPACT_SIGNATURES})`);

/** Every match of a global pattern, without matchAll's copy of the pattern per call. */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) matches.push(m);
  return matches;
}

function signatureKey(matched: string): keyof Signatures {
  const bare = normalizeLabel(matched);
  return SIGNATURE_LABELS.find(([, l]) => l === bare)![0];
}

/** True when a normalised label opens a signature item (填表人, 联系电话, 单位负责人(签字), 填表日期). */
export function isSignatureLabel(label: string): boolean {
  return SIGNATURE_START.test(label);
}

/**
 * 填表人 / 联系电话 / 单位负责人 / 填表日期 in rows [top, bottom): inline ("填表人：张丽", several in one cell) or
 * with the value in the next cell. The first occurrence of each wins.
 */
export function signaturesIn(grid: Grid, top: number, bottom: number): Signatures {
  const out: Signatures = { preparer: null, phone: null, head: null, date: null };
  for (const hit of anchors(grid, isSignatureLabel, top, bottom)) {
    const text = nfkc(String(grid.raw(hit.row, hit.col) ?? ""));
    const matches = allMatches(/\s/.test(text) ? SIGNATURE_PATTERN : COMPACT_SIGNATURE_PATTERN, text);
    matches.forEach((m, i) => {
      const key = signatureKey(m[0]);
      if (out[key]) return;
      const end = i + 1 < matches.length ? matches[i + 1].index! : text.length;
      const value = tidyText(text.slice(m.index! + m[0].length, end).replace(/^[\s:：]+/, "").replace(/[\s，,;；]+$/, ""));
      if (value) {
        out[key] = grid.field(value, hit.row, hit.col);
      } else if (i === matches.length - 1) {
        out[key] = valueBesideSignature(grid, hit.row, hit.col);
      }
    });
  }
  return out;
}

function valueBesideSignature(grid: Grid, row: number, col: number): TextField | null {
  const start = afterCell(grid, row, col);
  for (let c = start; c < Math.min(grid.right, start + 3); c++) {
    if (grid.isCovered(row, c)) continue;
    const v = grid.raw(row, c);
    if (v === null || v === "") continue;
    if (isSignatureLabel(grid.label(row, c)) || looksLikeLabel(v)) return null;
    return displayText(grid, row, c);
  }
  return null;
}

// --- goals and rating -------------------------------------------------------------------------------------

/**
 * 年度总体目标: the texts under 预期目标 and 实际完成情况 (or beside them when the two are row labels stacked
 * in one column, or beside 年度总体目标 when there are no sub-headers). Rows [top, bottom): callers end the
 * block at the indicator header, and a cell that is itself a header word (三级指标, 实际完成情况…) is never
 * taken for a goal — a blank goal stays blank.
 */
export function goalsIn(grid: Grid, top: number, bottom: number): { expected: TextField | null; actual: TextField | null } {
  const anchor = firstAnchor(grid, (l) => l.startsWith("年度总体目标") || l.startsWith("总体目标"), top, bottom);
  if (!anchor) return { expected: null, actual: null };
  const near = { top: anchor.row, bottom: Math.min(bottom, anchor.row + 2) };
  const content = (t: TextField | null) => (t && !SELFEVAL_HEADER_WORDS.test(normalizeLabel(t.text)) ? t : null);
  const expectedHead = firstAnchor(grid, (l) => l.startsWith("预期目标") || l === "目标", near.top, near.bottom);
  const actualHead = firstAnchor(grid, (l) => l.includes("实际完成情况") || l.includes("目标完成情况"), near.top, near.bottom);
  if (!expectedHead && !actualHead) return { expected: content(valueBeside(grid, anchor.row, anchor.col)), actual: null };
  // 预期目标 above 实际完成情况 in one column: row labels, each text beside its label.
  const stacked = !!expectedHead && !!actualHead && expectedHead.col === actualHead.col && expectedHead.row !== actualHead.row;
  const read = (hit: Hit | undefined) => {
    if (!hit) return null;
    if (stacked) return content(valueBeside(grid, hit.row, hit.col, grid.right - hit.col));
    const r = mergeBottom(grid, hit.row, hit.col) + 1;
    return r < bottom ? content(displayText(grid, r, hit.col)) : null;
  };
  return { expected: read(expectedHead), actual: read(actualHead) };
}

/** 评价等级 / 自评等级 / 自评等次 as written. */
export function ratingIn(grid: Grid, top: number, bottom: number): TextField | null {
  const hit = firstAnchor(grid, (l) => /^(评价等级|自评等级|自评等次|评价等次|评价结果|等级)/.test(l), top, bottom);
  return hit ? valueBeside(grid, hit.row, hit.col) : null;
}

// --- indicator table ----------------------------------------------------------------------------------------

export interface IndicatorTable {
  indicators: Indicator[];
  levelOne: LevelOne[];
  totalWeight: Figure | null;
  totalScore: Figure | null;
  /** First row of the table (the 三级指标 header) and the last row read. */
  headerRow: number;
  lastRow: number;
}

type IndicatorColumn = "level1" | "level2" | "name" | "target" | "actual" | "weight" | "score" | "note";

/** Columns of an indicator table: name, 分值 and 得分 always, the others when headed. */
type IndicatorColumns = Partial<Record<IndicatorColumn, number>> & { name: number; weight: number; score: number };

const TOTAL_ROW = /^(总分|合计|总计)/;
const TABLE_END = /^(评价等级|自评等级|自评等次|评价等次|评价结果)/;

/** The weight an 一级 label declares: "产出指标(50分)" → 50. Labels are normalised (NFKC, no spaces). */
const DECLARED_WEIGHT = /[(（]?(\d+(?:\.\d+)?)分[)）]?/;

/**
 * The indicator table under a "三级指标" header: 一级/二级 resolved through merged cells (or carried down
 * when left blank), 一级 declared weights parsed, stopping at the 总分/合计 row, 评价等级, the signatures
 * or the end of the block (callers bound blocks at the next table).
 */
export function readIndicatorTable(grid: Grid, fig: FigureReader, top: number, bottom: number): IndicatorTable | null {
  const found = indicatorHeader(grid, top, bottom);
  if (!found) return null;
  const { header, cols, headerEnd } = found;
  const nameCol = cols.name;

  const indicators: Indicator[] = [];
  const levelOne: LevelOne[] = [];
  let level1 = "";
  let level2 = "";
  let totalWeight: Figure | null = null;
  let totalScore: Figure | null = null;
  let lastRow = headerEnd;

  rows: for (let r = headerEnd + 1; r < bottom; r++) {
    for (let c = grid.left; c <= nameCol; c++) {
      const l = grid.shownLabel(r, c);
      if (!l) continue;
      if (TOTAL_ROW.test(l)) {
        totalWeight = fig.plain(r, cols.weight);
        totalScore = fig.plain(r, cols.score);
        lastRow = r;
        break rows;
      }
      // Signatures sit left of the 三级 column; an indicator may well be named "联系电话接通率".
      if (TABLE_END.test(l) || (c < nameCol && isSignatureLabel(l))) break rows;
    }
    if (cols.level1 !== undefined) {
      const l1 = levelLabel(grid, r, cols.level1);
      if (l1 && l1.name !== level1) {
        level1 = l1.name;
        levelOne.push(levelOneOf(grid, l1));
      }
    }
    if (cols.level2 !== undefined) {
      const l2 = levelLabel(grid, r, cols.level2);
      if (l2) level2 = l2.name;
    }
    const name = displayText(grid, r, nameCol);
    if (!name) continue;
    indicators.push({
      level1,
      level2,
      name,
      target: cols.target !== undefined ? displayText(grid, r, cols.target) : null,
      actual: cols.actual !== undefined ? displayText(grid, r, cols.actual) : null,
      weight: fig.plain(r, cols.weight),
      score: fig.plain(r, cols.score),
      note: cols.note !== undefined ? displayText(grid, r, cols.note) : null,
    });
    lastRow = r;
  }
  return { indicators, levelOne, totalWeight, totalScore, headerRow: header.row, lastRow };
}

/**
 * The header row of the indicator table: the first row holding a name header (三级指标, or 指标内容 in
 * templates without a 三级 level) together with 分值 and 得分 — a "指标内容" elsewhere does not start one.
 */
function indicatorHeader(
  grid: Grid,
  top: number,
  bottom: number,
): { header: Hit; cols: IndicatorColumns; headerEnd: number } | null {
  for (const header of anchors(grid, (l) => INDICATOR_NAME_HEADER.test(l), top, bottom)) {
    const cols: Partial<Record<IndicatorColumn, number>> = {};
    let headerEnd = header.row;
    for (let c = grid.left; c < grid.right; c++) {
      const l = grid.shownLabel(header.row, c);
      if (!l) continue;
      const key = columnKey(l, cols);
      if (!key) continue;
      cols[key] = c;
      headerEnd = Math.max(headerEnd, mergeBottom(grid, header.row, c));
    }
    const { name, weight, score } = cols;
    if (name !== undefined && weight !== undefined && score !== undefined) return { header, cols: { ...cols, name, weight, score }, headerEnd };
  }
  return null;
}

/** The first catalogue column a header names that is not taken yet. */
function columnKey(label: string, taken: Partial<Record<IndicatorColumn, number>>): IndicatorColumn | null {
  for (const s of INDICATOR_COLUMNS) {
    if (taken[s.key as IndicatorColumn] === undefined && s.labels.some((re) => re.test(label))) return s.key as IndicatorColumn;
  }
  return null;
}

/** An 一级/二级 label as shown at (row, col) through its merge: its top-left cell, its name without the weight. */
interface LevelLabel {
  name: string;
  row: number;
  col: number;
  /** The declared weight as written ("50" of "产出指标(50分)"), if any. */
  weight: string | null;
}

function levelLabel(grid: Grid, row: number, col: number): LevelLabel | null {
  const m = grid.mergeAt(row, col);
  const r0 = m ? m.top : row;
  const c0 = m ? m.left : col;
  const raw = grid.raw(r0, c0);
  if (raw === null || raw === "") return null;
  const label = typeof raw === "string" ? grid.label(r0, c0) : normalizeLabel(raw);
  const w = DECLARED_WEIGHT.exec(label);
  // "产出指标(50分)", "产出指标(权重50分)", "产出指标50分" → "产出指标".
  const name = w ? label.replace(/\([^()]*\d[^()]*\)$/, "").replace(/\d+(?:\.\d+)?分$/, "") : label;
  return { name: name || label, row: r0, col: c0, weight: w ? w[1] : null };
}

/** The 一级 entry of a label: the weight is built only here, where an 一级 is listed (once per merged label). */
function levelOneOf(grid: Grid, l: LevelLabel): LevelOne {
  const cell = toA1(l.row, l.col);
  const declaredWeight: Figure | null =
    l.weight === null
      ? null
      : { value: new Decimal(l.weight), decimals: writtenDecimals(l.weight), raw: tidyText(grid.raw(l.row, l.col)), sheet: grid.name, cell };
  return { name: l.name, labelCell: cell, declaredWeight };
}

/** True when a cell holds a word rather than a figure or a blank (a label in a row of amounts). */
export function isWord(value: CellValue): boolean {
  return parseCell(value).kind === "text";
}
