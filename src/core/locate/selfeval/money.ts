import type { MoneyRow } from "../../model/selfeval";
import type { Line } from "../../model/common";
import { tidyText } from "../../values/text";
import type { Grid } from "../grid";
import { afterCell, anchors, isCovered, isWord, shownLabel, type FigureReader } from "./shared";

type MoneyColumn = "initialBudget" | "fullYearBudget" | "execution" | "weight" | "rate" | "score";

const MONEY_HEADERS: [MoneyColumn, (l: string) => boolean][] = [
  ["initialBudget", (l) => l.includes("年初预算")],
  ["fullYearBudget", (l) => l.includes("全年预算") || (l.includes("预算数") && !l.includes("年初"))],
  ["rate", (l) => l.includes("执行率")],
  ["execution", (l) => l.includes("全年执行") || l.includes("执行数")],
  ["weight", (l) => l.startsWith("分值")],
  ["score", (l) => l.startsWith("得分")],
];

export type MoneyColumns = Partial<Record<MoneyColumn, number>>;

/**
 * The columns of the money header (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分) in the few rows
 * above a money row; merged headers are resolved, the nearest row wins.
 */
export function moneyColumns(grid: Grid, row: number, labelCol: number, top: number): MoneyColumns {
  const cols: MoneyColumns = {};
  for (let r = row - 1; r >= Math.max(top, row - 3); r--) {
    for (let c = labelCol + 1; c < grid.right; c++) {
      const l = shownLabel(grid, r, c);
      if (!l) continue;
      const found = MONEY_HEADERS.find(([key, test]) => test(l) && cols[key] === undefined);
      if (found && !Object.values(cols).includes(c)) cols[found[0]] = c;
    }
  }
  return cols;
}

/** One money row read through the header's columns; a column the header lacks gives null. */
export function readMoneyRow(fig: FigureReader, row: number, labelCol: number, cols: MoneyColumns, key: string): MoneyRow {
  const at = (col: number | undefined, read: (r: number, c: number) => ReturnType<FigureReader["money"]>) =>
    col === undefined ? null : read(row, col);
  return {
    key,
    label: tidyText(fig.grid.raw(row, labelCol)),
    labelCell: fig.grid.ref(row, labelCol).cell,
    initialBudget: at(cols.initialBudget, (r, c) => fig.money(r, c)),
    fullYearBudget: at(cols.fullYearBudget, (r, c) => fig.money(r, c)),
    execution: at(cols.execution, (r, c) => fig.money(r, c)),
    weight: at(cols.weight, (r, c) => fig.plain(r, c)),
    rate: at(cols.rate, (r, c) => fig.rate(r, c)),
    score: at(cols.score, (r, c) => fig.plain(r, c)),
  };
}

/**
 * A labelled amount ("一般公共预算：" | 1,270.60, or "其他资金：40.00" in one cell). The amount is the first
 * figure after the label before `limit` (the next block's column); blank gives a null figure at the cell
 * right after the label.
 */
export function readLabelledAmount(fig: FigureReader, row: number, col: number, key: string, limit: number): Line {
  const grid = fig.grid;
  const raw = String(grid.raw(row, col) ?? "").normalize("NFKC");
  const colon = /^(.*?)[:：]\s*(.*)$/.exec(raw);
  const label = tidyText(colon ? colon[1] : raw);
  const labelCell = grid.ref(row, col).cell;
  if (colon && colon[2].trim()) return { key, label, labelCell, amount: fig.inlineMoney(colon[2], row, col) };
  const start = afterCell(grid, row, col);
  for (let c = start; c < Math.min(limit, grid.right); c++) {
    if (isCovered(grid, row, c)) continue;
    const v = grid.raw(row, c);
    if (v === null || v === "") continue;
    if (isWord(v)) break;
    return { key, label, labelCell, amount: fig.money(row, c) };
  }
  return { key, label, labelCell, amount: fig.money(row, Math.min(start, grid.right - 1)) };
}

/** Finds labelled lines in rows [top, bottom) between columns [left, right). */
export function readLines(
  fig: FigureReader,
  keys: [string, (l: string) => boolean][],
  top: number,
  bottom: number,
  left: number,
  right: number,
): Line[] {
  const lines: Line[] = [];
  for (const hit of anchors(fig.grid, (l) => keys.some(([, t]) => t(l)), top, bottom)) {
    if (hit.col < left || hit.col >= right) continue;
    const key = keys.find(([, t]) => t(hit.label))![0];
    if (lines.some((l) => l.key === key)) continue;
    lines.push(readLabelledAmount(fig, hit.row, hit.col, key, right));
  }
  return lines;
}
