import type { Recognizer } from "../recognizer";
import type { Figure } from "../../values/figure";
import { parseCell } from "../../values/parse";
import { blocksOf, finish, firstRow, headerColumns, isColumnNumberRow, keyedColumns, MoneyReader, rowHas, type Block, type HeaderColumn } from "./helpers";

/** 表9 column keys; a 小计 under 公务用车购置及运行维护费 is the vehicle subtotal, any other 小计/合计 the total. */
export function final09Column(h: HeaderColumn): string | null {
  const l = h.leaf;
  if (/因公出国/.test(l)) return "abroad";
  if (/公务接待/.test(l)) return "reception";
  if (/会议费/.test(l)) return "meeting";
  if (/培训费/.test(l)) return "training";
  if (/购置/.test(l) && /运行/.test(l)) return "vehicleTotal";
  if (/购置/.test(l)) return "vehiclePurchase";
  if (/运行/.test(l)) return "vehicleOperation";
  if (/^(小计|合计)$|合计$/.test(l)) return h.path.slice(0, -1).some((p) => /公务用车/.test(p)) ? "vehicleTotal" : "total";
  return null;
}

const ROW_LABEL = /预算|决算/;
const BUDGET_HEAD = /^(全年)?预算数?$/;
const ACTUAL_HEAD = /^(全年)?决算数?$/;

/**
 * Two layouts: 预算数 and 决算数 as rows under one header (Hunan), or as two blocks of columns headed 预算数 /
 * 决算数 over a single data row (the national template).
 */
function read09(block: Block) {
  const g = block.grid;
  const scanEnd = Math.min(block.limit, block.titleRow + 10);
  const sectionRow = firstRow(block.titleRow + 1, scanEnd, (r) => rowHas(g, r, (l) => BUDGET_HEAD.test(l)) && rowHas(g, r, (l) => ACTUAL_HEAD.test(l)));
  return sectionRow === undefined ? readByRows(block, scanEnd) : readByColumns(block, sectionRow);
}

function readByRows(block: Block, scanEnd: number) {
  const g = block.grid;
  const headerTop = firstRow(block.titleRow + 1, scanEnd, (r) => rowHas(g, r, (l) => /因公出国|公务接待/.test(l)));
  if (headerTop === undefined) return null;
  const headerRows: number[] = [];
  let labelCol: number | undefined;
  let dataStart: number | undefined;
  for (let r = headerTop; r < Math.min(block.limit, headerTop + 5); r++) {
    if (r > headerTop) {
      for (let c = g.left; c < g.right && labelCol === undefined; c++) if (ROW_LABEL.test(g.label(r, c))) labelCol = c;
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
    const target = /预算/.test(l) ? budget : /决算/.test(l) ? actual : null;
    if (!target || Object.keys(target).length) continue;
    for (const c of columns) target[c.key] = money.at(r, c.col);
    last = r;
  }
  return finish(block, last, { kind: "final.09", columns: plain(columns), budget, actual }, money.problems);
}

function readByColumns(block: Block, sectionRow: number) {
  const g = block.grid;
  const headerRows = [sectionRow];
  let dataRow: number | undefined;
  for (let r = sectionRow + 1; r < Math.min(block.limit, sectionRow + 5); r++) {
    if (isColumnNumberRow(g, r, g.left, g.right)) {
      dataRow = r + 1;
      break;
    }
    let figures = false;
    for (let c = g.left; c < g.right && !figures; c++) figures = typeof g.raw(r, c) === "number" || isFigureText(g.raw(r, c));
    if (figures) {
      dataRow = r;
      break;
    }
    headerRows.push(r);
  }
  if (dataRow === undefined || dataRow >= block.limit) return null;
  const headers = headerColumns(g, headerRows, g.left, g.right);
  const section = (h: HeaderColumn) => (BUDGET_HEAD.test(h.path[0]) ? "budget" : ACTUAL_HEAD.test(h.path[0]) ? "actual" : null);
  const inSection = (s: "budget" | "actual") =>
    keyedColumns(headers.filter((h) => section(h) === s).map((h) => ({ ...h, path: h.path.slice(1) })), final09Column, g);
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
