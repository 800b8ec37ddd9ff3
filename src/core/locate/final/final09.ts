import type { Recognizer } from "../recognizer";
import type { Figure } from "../../values/figure";
import { parseCell } from "../../values/parse";
import {
  columnSynonym,
  FINAL09_ACTUAL,
  FINAL09_ACTUAL_ROW,
  FINAL09_BUDGET,
  FINAL09_BUDGET_ROW,
  FINAL09_COLUMNS,
  FINAL09_HEADER,
} from "../synonyms/final";
import {
  blocksOf,
  finish,
  firstRow,
  headerColumns,
  isColumnNumberRow,
  keyedColumns,
  MoneyReader,
  rowHas,
  withoutLabels,
  type Block,
  type HeaderColumn,
} from "./helpers";

/** 表9 column keys (synonyms: FINAL09_COLUMNS); a 小计 under 公务用车购置及运行维护费 is the vehicle subtotal. */
export function final09Column(h: HeaderColumn): string | null {
  return columnSynonym(FINAL09_COLUMNS, h.leaf, h.path.slice(0, -1));
}

const ROW_LABEL = new RegExp(`${FINAL09_BUDGET_ROW.source}|${FINAL09_ACTUAL_ROW.source}`);
const BUDGET_HEAD = FINAL09_BUDGET;
const ACTUAL_HEAD = FINAL09_ACTUAL;

/**
 * Three layouts: 预算数 and 决算数 as rows under one header (Hunan); as two blocks of columns headed 预算数 /
 * 决算数 over a single data row (the national template); or as 预算数 | 决算数 pairs under each column's label, the
 * lowest header row, over a single (unlabelled) data row (Shanghai).
 */
function read09(block: Block) {
  const g = block.grid;
  const scanEnd = Math.min(block.limit, block.titleRow + 10);
  const sectionRow = firstRow(block.titleRow + 1, scanEnd, (r) => rowHas(g, r, (l) => BUDGET_HEAD.test(l)) && rowHas(g, r, (l) => ACTUAL_HEAD.test(l)));
  if (sectionRow === undefined) return readByRows(block, scanEnd);
  // Column labels above the 预算数/决算数 row make it the pairs layout: the header starts with them.
  const labelsAbove = firstRow(block.titleRow + 1, sectionRow, (r) => rowHas(g, r, (l) => FINAL09_HEADER.test(l)));
  return readByColumns(block, labelsAbove ?? sectionRow);
}

function readByRows(block: Block, scanEnd: number) {
  const g = block.grid;
  const headerTop = firstRow(block.titleRow + 1, scanEnd, (r) => rowHas(g, r, (l) => FINAL09_HEADER.test(l)));
  if (headerTop === undefined) return null;
  const headerRows: number[] = [];
  let labelCol: number | undefined;
  let dataStart: number | undefined;
  for (let r = headerTop; r < Math.min(block.limit, headerTop + 5); r++) {
    if (r > headerTop) {
      for (let c = g.left, end = g.rowRight(r); c < end && labelCol === undefined; c++) if (ROW_LABEL.test(g.label(r, c))) labelCol = c;
      if (labelCol !== undefined) {
        dataStart = r;
        break;
      }
      if (isColumnNumberRow(g, r, g.left, g.right)) continue;
    }
    headerRows.push(r);
  }
  if (dataStart === undefined || labelCol === undefined) return null;
  const columns = keyedColumns(headerColumns(g, headerRows, labelCol + 1, g.right), final09Column, g);
  if (columns.length === 0) return null;

  const money = new MoneyReader(block);
  const budget: Record<string, Figure> = {};
  const actual: Record<string, Figure> = {};
  let last = dataStart;
  for (let r = dataStart; r < Math.min(block.limit, dataStart + 6); r++) {
    const l = g.label(r, labelCol);
    const target = FINAL09_BUDGET_ROW.test(l) ? budget : FINAL09_ACTUAL_ROW.test(l) ? actual : null;
    if (!target || Object.keys(target).length) continue;
    for (const c of columns) target[c.key] = money.at(r, c.col);
    last = r;
  }
  return finish(block, last, { kind: "final.09", columns: plain(columns), budget, actual }, money.problems);
}

/** 预算数 and 决算数 told apart by a header label of each column, above (national) or below (Shanghai) its name. */
function readByColumns(block: Block, headerTop: number) {
  const g = block.grid;
  const headerRows = [headerTop];
  let dataRow: number | undefined;
  for (let r = headerTop + 1; r < Math.min(block.limit, headerTop + 6); r++) {
    if (isColumnNumberRow(g, r, g.left, g.right)) {
      dataRow = r + 1;
      break;
    }
    let figures = false;
    for (let c = g.left, end = g.rowRight(r); c < end && !figures; c++) figures = typeof g.raw(r, c) === "number" || isFigureText(g.raw(r, c));
    if (figures) {
      dataRow = r;
      break;
    }
    headerRows.push(r);
  }
  if (dataRow === undefined || dataRow >= block.limit) return null;
  const headers = headerColumns(g, headerRows, g.left, g.right);
  const isSection = (l: string) => BUDGET_HEAD.test(l) || ACTUAL_HEAD.test(l);
  const section = (h: HeaderColumn) => {
    const l = h.path.find(isSection);
    return l === undefined ? null : BUDGET_HEAD.test(l) ? "budget" : "actual";
  };
  const inSection = (s: "budget" | "actual") =>
    keyedColumns(
      headers.filter((h) => section(h) === s).flatMap((h) => withoutLabels(h, isSection) ?? []),
      final09Column,
      g,
    );
  const budgetColumns = inSection("budget");
  const actualColumns = inSection("actual");
  if (actualColumns.length === 0) return null;
  const money = new MoneyReader(block);
  const read = (cols: typeof actualColumns) => Object.fromEntries(cols.map((c) => [c.key, money.at(dataRow as number, c.col)])) as Record<string, Figure>;
  return finish(
    block,
    dataRow,
    { kind: "final.09", columns: plain(actualColumns), budget: read(budgetColumns), actual: read(actualColumns) },
    money.problems,
  );
}

function isFigureText(v: unknown): boolean {
  return typeof v === "string" && parseCell(v).kind === "number";
}

function plain(columns: { key: string; label: string; cell: string }[]) {
  return columns.map(({ key, label, cell }) => ({ key, label, cell }));
}

/** 公开09表 财政拨款“三公”经费及会议费、培训费支出决算表: a 预算数 row and a 决算数 row. */
export const final09Recognizer: Recognizer = {
  family: "公开09表 财政拨款“三公”经费及会议费、培训费支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.09").flatMap((b) => read09(b) ?? []);
  },
};
